"""A description after "according to" keeps the phrase its past participle opens with "by" or "in" ("a man
arrested by police", "a woman injured in the crash"): the agent or the event belongs to the description, a
reader stops neither after the participle nor before it. Made-up sentences."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _roles(text: str) -> list[str | None]:
    return [q.speaker.role if q.speaker else None for q in find_quotes([Block(text=text)], "en")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("According to a cyclist detained by officers, the lights were red.", "a cyclist detained by officers"),
        ("According to a porter injured in the fire, the doors were locked.", "a porter injured in the fire"),
        ("According to a clerk questioned by detectives, the safe was open.", "a clerk questioned by detectives"),
        ("According to a farmer bitten by the snake, it hid under a rock.", "a farmer bitten by the snake"),
        ("According to a guard shot by the raiders, they wore masks.", "a guard shot by the raiders"),
        ("According to a pupil trapped in the lift, help came late.", "a pupil trapped in the lift"),
    ],
)
def test_participle_phrase_stays_in_the_description(text: str, role: str) -> None:
    assert _roles(text) == [role]


def test_a_noun_before_in_is_no_participle() -> None:
    # "officials in Kabul": no participle, the description ends before the preposition as before
    assert _roles("According to officials in Herat, the talks stalled.") == ["officials"]


def test_a_name_in_the_phrase_is_read_to_its_end() -> None:
    # past the eight words a description takes, a name it has begun runs on to its last word
    text = "According to a March 2024 memo obtained by the Harbor Daily Tribune, the plan failed."
    assert _roles(text) == ["a March 2024 memo obtained by the Harbor Daily Tribune"]


def test_an_irregular_participle_takes_its_phrase() -> None:
    assert _roles("According to a draft seen by the Tribune, rents will rise.") == ["a draft seen by the Tribune"]
