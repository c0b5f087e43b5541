"""A description read as a person named before ("the spokesman said" after "Company spokesman Bill Gray") is that
person: a later "the company said" stands for the company, never for him. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_the_company_is_not_the_spokesman_named_before() -> None:
    assert speakers_in(
        "Company spokesman Bill Gray declined to comment on the deal.",
        "The spokesman later said the talks had stalled.",
        "The company said the plant would close in May.",
        language="en",
    ) == ["Bill Gray", "The company"]
