"""A body named with "of" and capitalised words after its head noun ("The University of Cape Town", "the Central
Bank of Kenya") is remembered whole for a later "the university said", "the bank said": the name is not cut at
"of" ("The University"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_the_university_is_named_whole() -> None:
    found = said_in_en(
        "The University of Cape Town has suspended three students after a protest on the campus.",
        "“We cannot allow the disruption of exams,” the university said in a statement.",
    )
    assert found == [("The University of Cape Town", None)]


def test_the_bank_is_named_whole() -> None:
    found = said_in_en(
        "Traders waited for a decision from the Central Bank of Kenya in Nairobi on Tuesday.",
        "“Inflation is easing,” the bank said in a statement.",
    )
    assert found == [("the Central Bank of Kenya", None)]
