"""A past form of the speaker's after a modal's clause whose object is a bare noun before a preposition ("said
profits would rise and thanked staff for their work") ends the report, as one with a determiner after it does
("… and thanked his staff"); a past participle before a noun and its own verb stays inside ("and trained staff
would run it")."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("The chief executive said profits would rise and thanked staff for their work.", "profits would rise"),
        ("The coach said the team would recover and thanked fans for their support.", "the team would recover"),
        ("The firm said it would hire 50 people and trained staff to run the plant.", "it would hire 50 people"),
    ],
)
def test_a_joined_past_form_before_a_bare_noun_and_a_preposition(text: str, clause: str) -> None:
    assert reported(text) == [clause]


def test_a_participle_before_a_subject_and_its_verb_stays_in_the_report() -> None:
    assert reported("The firm said it would hire 50 people and trained staff would run the plant.") == [
        "it would hire 50 people and trained staff would run the plant"
    ]
