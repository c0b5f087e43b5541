"""English report around a parenthetical cue ("…, he said, …") whose words before the cue are an adverbial of
the writer's (session 43): the report starts after the cue's comma. A clause or the report's own subject before
the cue stays in it. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import indirect_said


def test_a_fronted_adverbial_before_the_cue_is_left_out() -> None:
    assert indirect_said("Within weeks of the merger, Ana Ruiz said, the bakery was selling cheaper bread.") == [
        ("the bakery was selling cheaper bread", "Ana Ruiz"),
    ]
    assert indirect_said("Still, Tom Beck said, the town would need a new school.") == [
        ("the town would need a new school", "Tom Beck"),
    ]
    assert indirect_said("Two years ago, Tom Beck said, the mill employed 400 people.") == [
        ("the mill employed 400 people", "Tom Beck"),
    ]


def test_a_clause_or_a_subject_before_the_cue_stays_in_the_report() -> None:
    assert indirect_said("If rents keep rising, Ana Ruiz said, the bakery may close.") == [
        ("If rents keep rising, Ana Ruiz said, the bakery may close", "Ana Ruiz"),
    ]
    assert indirect_said("Most of the closures, Tom Beck said, have involved small farms.") == [
        ("Most of the closures, Tom Beck said, have involved small farms", "Tom Beck"),
    ]
