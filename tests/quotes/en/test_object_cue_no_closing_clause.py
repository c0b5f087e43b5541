"""A cue that takes an object ("called", "urged", "accused", "described") never closes a reported clause before
its subject: "A year later, Lee called Ann Berg." reports nothing, and its fronted phrase is the writer's."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_fronted_time_before_called_and_its_object_is_no_report() -> None:
    assert reported("Two weeks later, Governor Tove Ringdal called Ann Berg.") == []


def test_a_fronted_time_before_a_subject_that_phoned_is_no_report() -> None:
    assert reported("Then, on Friday morning, Anders Vik called.") == []
