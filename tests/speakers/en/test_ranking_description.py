"""A ranking's "No." ("the world No. 7", "the No. 3 seed") ends no sentence: the description after a cue reads
on to its number, and, as "the 21-year-old" does, points back at the player named before. Made-up sentences
only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_the_world_number_after_the_cue_closing_the_sentence() -> None:
    assert said_in_en(
        "Marta Kovac beat the defending champion in three sets on Saturday.",
        '"My serve held up when it mattered," said the world No. 12.',
    ) == [("Marta Kovac", None)]


def test_the_seed_before_the_cue() -> None:
    assert said_in_en(
        "Tomas Ferreira reached his first final in Lyon.",
        '"I slept badly but played well," the No. 4 seed said.',
    ) == [("Tomas Ferreira", None)]


def test_nobody_named_before() -> None:
    assert said_in_en('"The wind was impossible," said the world No. 9.') == [(None, "the world No. 9")]


def test_the_seed_after_the_cue_closing_the_sentence() -> None:
    assert said_in_en(
        "Tomas Ferreira reached his first final in Lyon.",
        '"We go again tomorrow," said the No. 4 seed.',
    ) == [("Tomas Ferreira", None)]
