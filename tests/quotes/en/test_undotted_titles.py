"""Titles written without a full stop, as British, Australian and Asian pages write them ("Cllr Janet Hughes",
"Dr Amara Diallo", "Coun. Maria Ortiz"): the title is no part of the name, and a sentence it opens has the
titled person as its subject, whom a later he/she stands for. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_councillor_titles_are_no_part_of_the_name() -> None:
    assert speakers_in(
        "Cllr Janet Hughes, leader of the council, defended the budget.",
        '"We have had to make difficult choices," she said.',
        "Opposition leader Cllr Tom Bradley disagreed.",
        '"These cuts will hurt," he said.',
        '"That is simply not true," Cllr Hughes replied.',
        '"The figures speak for themselves," Cllr Bradley said.',
        language="en",
    ) == ["Janet Hughes", "Tom Bradley", "Janet Hughes", "Tom Bradley"]


def test_the_north_american_councillor_title() -> None:
    assert speakers_in('"We still have work to do," said Coun. Maria Ortiz, who represents Ward 5.', language="en") == [
        "Maria Ortiz"
    ]


def test_an_undotted_title_opening_a_sentence_makes_its_subject() -> None:
    assert speakers_in(
        "Dr Chiamaka Obi works at the district hospital.",
        '"We are turning children away every day," she said.',
        language="en",
    ) == ["Chiamaka Obi"]


def test_an_undotted_title_after_a_preposition_is_no_subject() -> None:
    assert speakers_in(
        'The report was written by Dr Chiamaka Obi. Mr Bolt said: "Fine."',
        '"We are turning children away every day," he said.',
        language="en",
    ) == ["Bolt", "Bolt"]
