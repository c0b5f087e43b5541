"""A photo's pointer in brackets after a name ("(pictured)", "(left)") is no word of the subject: with an age or
an appositive set off by commas after it, the name still speaks the clause after the cue."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_a_pointer_then_an_age_leave_the_name_the_subject() -> None:
    assert reported_by("Walter Penn (pictured), 74, said the mill had closed too soon.", "en") == [
        ("Walter Penn", "the mill had closed too soon")
    ]


def test_a_two_word_pointer_then_an_age_leave_the_name_the_subject() -> None:
    assert reported_by("Rosa Diaz (second right), 33, warned that the bus route would be cut.", "en") == [
        ("Rosa Diaz", "the bus route would be cut")
    ]


def test_a_pointer_after_a_titled_name_then_an_age() -> None:
    assert reported_by("Councillor Ian Shaw (left), 58, admitted the budget was tight.", "en") == [
        ("Ian Shaw", "the budget was tight")
    ]
