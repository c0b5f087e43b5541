"""A source described after an inverted cue by a noun and an adjective that takes a preposition ("said a person
familiar with the talks", "said an official close to the minister", "said one person briefed on the plan") is
described up to the end of that phrase, not cut after the adjective; the report before the cue stays the
source's. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said, texts_in


@pytest.mark.parametrize(
    "source",
    [
        "a person familiar with the talks",
        "an official close to the minister",
        "one person briefed on the plan",
        "a banker knowledgeable about the deal",
    ],
)
def test_direct_quote_source_keeps_its_adjective_phrase(source: str) -> None:
    text = f"“Nothing has been signed yet,” said {source}."
    assert said(text, "en") == [(None, source)]


def test_report_before_a_long_inverted_source() -> None:
    text = (
        "Engineers are checking whether the valve failed before the fire started, said a source close to the "
        "inquiry, adding that the results were expected next week."
    )
    found = texts_in(text, language="en")
    assert "Engineers are checking whether the valve failed before the fire started" in found
    assert said(text, "en")[0] == (None, "a source close to the inquiry")
