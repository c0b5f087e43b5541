"""A weak cue without "that" reports a clause whose noun-phrase subject has a past in -ed with a determined object
("alleges the water board ignored the warnings"); a participle complement is no clause ("found the building
damaged by fire")."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_alleges_noun_subject_past_with_object() -> None:
    assert reported("The lawsuit alleges the water board ignored the warnings.") == [
        "the water board ignored the warnings"
    ]


def test_reported_noun_subject_past_with_object() -> None:
    assert reported("Police reported the suspect fled the scene.") == ["the suspect fled the scene"]


def test_participle_complement_is_not_a_clause() -> None:
    assert reported("The inspectors found the building damaged by fire.") == []
