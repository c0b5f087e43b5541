"""A judge styled "Justice" ("Justice Mary Otieno", Kenyan, Indian, Australian and Irish courts) is "the judge"
later, as "Judge Ann Roe" is. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_the_judge_after_justice() -> None:
    assert (
        speakers_in_en(
            "Justice Mary Wekesa said the tenants had been given only two days to leave.",
            '"Nobody can be thrown out of a home in that way," the judge said.',
        )[-1]
        == "Mary Wekesa"
    )
