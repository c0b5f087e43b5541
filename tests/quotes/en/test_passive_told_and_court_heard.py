"""A clause told to a passive subject ("were told (that) …") or heard by a court or an inquiry ("The court heard
(that) …") is reported with nobody named as its speaker; an object after "told" or "heard" is no report."""

from __future__ import annotations

from tests.quote_helpers import indirect_said


def test_were_told_a_clause() -> None:
    assert indirect_said("Villagers were told the ferry would not run until Thursday.") == [
        ("the ferry would not run until Thursday", None)
    ]
    assert indirect_said("Staff have been told that the depot will close in the autumn.") == [
        ("the depot will close in the autumn", None)
    ]
    assert indirect_said("The hearing was told that the lift had failed twice before.") == [
        ("the lift had failed twice before", None)
    ]


def test_court_heard_a_clause() -> None:
    assert indirect_said("A court heard that the driver had been using his phone.") == [
        ("the driver had been using his phone", None)
    ]
    assert indirect_said("The jury heard the brothers had not spoken for years.") == [
        ("the brothers had not spoken for years", None)
    ]
    assert indirect_said("An inquest heard that the climber fell about thirty metres.") == [
        ("the climber fell about thirty metres", None)
    ]


def test_heard_or_told_an_object_reports_nothing() -> None:
    assert indirect_said("The court heard evidence from four witnesses.") == []
    assert indirect_said("The tribunal heard the appeals of two drivers.") == []
    assert indirect_said("The boy was told off by his teacher.") == []
    assert indirect_said("They were told the news on Friday.") == []
    assert indirect_said("He was told to leave the building.") == []
