"""A person introduced with a title or role noun as a sentence's subject ("Rival boss Iñaki Olabe was less happy.")
is the he/she of the quote right after, not the speaker quoted before, even when no table knows the given name;
a capitalised subject without a title ("Wall Street rallied") stays no person. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_titled_subject_with_an_unknown_given_name() -> None:
    assert speakers_in(
        'Our captain Dale Rooke said: "It was a tough one."',
        'Rival boss Iñaki Olabe was less happy. "We deserved more," he said.',
        language="en",
    ) == ["Dale Rooke", "Iñaki Olabe"]


def test_the_quote_in_the_next_paragraph() -> None:
    assert speakers_in(
        'Our captain Dale Rooke said: "It was a tough one."',
        "Coach Abiodun Baruwa was less happy.",
        '"We deserved more," he said.',
        language="en",
    ) == ["Dale Rooke", "Abiodun Baruwa"]


def test_an_untitled_capitalised_subject_is_no_person() -> None:
    assert speakers_in(
        'Our captain Dale Rooke said: "It was a tough one."',
        'Wall Street rallied on the news. "We go again on Saturday," he said.',
        language="en",
    ) == ["Dale Rooke", "Dale Rooke"]


def test_a_titled_object_is_no_subject() -> None:
    assert speakers_in(
        'Our captain Dale Rooke said: "It was a tough one."',
        'He thanked coach Abiodun Baruwa for his support. "We go again," he said.',
        language="en",
    ) == ["Dale Rooke", "Dale Rooke"]
