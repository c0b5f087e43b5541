"""A noun of a person that tells no sex ("the 21-year-old", "the Spaniard", "the pensioner") after a sentence
whose subject is a person named since the last quote stands for that person, not for the speaker quoted
before. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_an_age_noun_after_the_sentence_naming_her() -> None:
    assert speakers_in(
        "Temitope Balogun won the 400m in a personal best.",
        '"I did not expect that," the 21-year-old said.',
        language="en",
    ) == ["Temitope Balogun"]


def test_a_demonym_after_a_new_subject_is_not_the_last_speaker() -> None:
    assert speakers_in(
        'Our captain Dale Rooke said: "It was a tough one."',
        'Rival manager Iñigo Aldaz was less happy. "We deserved more," the Spaniard said.',
        '"The referee made two mistakes," he added.',
        language="en",
    ) == ["Dale Rooke", "Iñigo Aldaz", "Iñigo Aldaz"]


def test_the_last_speaker_when_nobody_was_named_since() -> None:
    assert speakers_in(
        'Our captain Dale Rooke said: "It was a tough one."',
        '"We go again on Saturday," the 31-year-old said.',
        language="en",
    ) == ["Dale Rooke", "Dale Rooke"]
