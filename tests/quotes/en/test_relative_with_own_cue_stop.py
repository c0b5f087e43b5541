"""English reported speech: a relative clause with its own subject and cue that runs to the sentence's end
("…, which its manager said were signs of support.") is another speaker's words on the report, outside it; a
relative closed by a comma inside the clause stays in it."""

from __future__ import annotations

from tests.quote_helpers import indirect_said


def test_a_closing_relative_with_a_named_speaker_ends_the_report() -> None:
    text = (
        "Port director Ann Lee said the ferry carried 90,000 riders last summer, which transit chief Omar Vale "
        "said was a record for the line."
    )
    assert indirect_said(text)[0] == ("the ferry carried 90,000 riders last summer", "Ann Lee")


def test_a_relative_before_a_colon_and_a_quote_ends_the_report() -> None:
    text = 'Ann Lee said the cheapest month to travel is May, which Omar Vale says: "can save a family hundreds."'
    assert indirect_said(text) == [("the cheapest month to travel is May", "Ann Lee")]


def test_a_relative_closed_by_a_comma_stays_inside() -> None:
    assert indirect_said("Ann Lee said the plan, which she said was costly, would fail.") == [
        ("the plan, which she said was costly, would fail", "Ann Lee")
    ]


def test_the_gap_clause_verb_may_be_any_finite_verb() -> None:
    text = "Ann Lee said the plant leaked oil into the bay, which state officials said posed a risk to fish."
    assert indirect_said(text)[0] == ("the plant leaked oil into the bay", "Ann Lee")


def test_a_relative_whose_own_verb_comes_first_stays_inside() -> None:
    """ "which largely reverses the losses observed earlier": "observed" is the relative's participle, no cue of a
    subject of its own."""
    text = "Ann Lee said hiring rose in May, which largely reverses the losses observed earlier in the year."
    assert indirect_said(text) == [
        ("hiring rose in May, which largely reverses the losses observed earlier in the year", "Ann Lee")
    ]
