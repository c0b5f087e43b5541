"""A cue form right before "by" after a comma is a participle of the noun before it (", a view shared by most
councillors."), not a verb closing the sentence with that noun as its speaker."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_a_participle_before_by_closes_no_report() -> None:
    assert reported_said("The harbour will reopen in May, a date confirmed by the port authority on Monday.") == []


def test_the_speakers_report_before_a_noun_and_its_participle() -> None:
    assert reported_said("The headteacher said the merger was final, a view shared by most governors.") == [
        ("the merger was final", None, "The headteacher")
    ]
