"""A verb of saying whose object is a formula or a pro-form ("said nothing about …", "said goodbye to …", "said
yes to …", "has said so repeatedly") reports no clause; the same words opening a clause still report."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported


@pytest.mark.parametrize(
    "text",
    [
        "Police said nothing about the motive for the stabbing at the depot.",
        "The treasurer said little about the cost of the new harbour wall.",
        "The family said goodbye to the farmhouse on Friday afternoon.",
        "The planning board said yes to the new cricket ground on Tuesday night.",
        "The shareholders said no to the takeover bid from the rival brewer.",
        "The senator has said so repeatedly in interviews this year.",
        "The defence lawyer said otherwise in court on Monday morning.",
        "The bishop said grace before the charity dinner began.",
    ],
)
def test_a_formula_after_said_is_no_report(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("The landlord said nothing was wrong with the boiler.", "nothing was wrong with the boiler"),
        ("The ministry said no decision had been made on the road.", "no decision had been made on the road"),
        ("Residents said little had changed since the flood.", "little had changed since the flood"),
        ("The fire chief said much of the town was still under water.", "much of the town was still under water"),
    ],
)
def test_the_same_words_opening_a_clause_still_report(text: str, clause: str) -> None:
    assert reported(text) == [clause]
