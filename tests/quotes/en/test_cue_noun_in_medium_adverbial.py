"""A cue's form used as the noun of an adverbial of the medium ("in a note", "in an earlier warning") is no verb of
a clause of its own: the "that" after the adverbial is the cue's, and the clause after it is the report."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_in_a_note_to_staff_then_that() -> None:
    assert reported("The hospital board said in a note to staff that overtime would be paid in June.") == [
        "overtime would be paid in June"
    ]


def test_in_a_warning_set_off_by_commas() -> None:
    assert reported("The water company said, in a warning to customers, that supplies could be cut overnight.") == [
        "supplies could be cut overnight"
    ]


def test_in_an_earlier_note_with_a_modifier() -> None:
    assert reported("The federation said in an earlier note that the final would be moved to Kumasi.") == [
        "the final would be moved to Kumasi"
    ]


def test_a_cue_verb_before_that_still_owns_it() -> None:
    assert reported("The chief said the pay was late, but noted that it had been sent.") == [
        "the pay was late",
        "it had been sent",
    ]
