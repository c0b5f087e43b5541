"""English report credited with an "according to" phrase set off inside its sentence (session 44): a description
of the source closing the sentence ("…, according to the union, one of the groups …") and the writer's clause
before a subordinator ("…, because, according to X, …") are no part of the report. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import indirect_said


def test_the_source_description_closing_the_sentence_is_left_out() -> None:
    assert indirect_said(
        "The new contract covers about 300 drivers at four depots in Leeds, according to the Transit Workers "
        "Union, one of the groups representing the staff."
    ) == [("The new contract covers about 300 drivers at four depots in Leeds", "the Transit Workers Union")]
    assert indirect_said(
        "Two thirds of the money raised this spring came from small donors, according to Fundwatch, "
        "a campaign finance website."
    ) == [("Two thirds of the money raised this spring came from small donors", "Fundwatch")]


def test_a_clause_going_on_after_the_phrase_stays_whole() -> None:
    assert indirect_said("A year before, according to her brother, she organized a sit-in at the school.") == [
        ("A year before, according to her brother, she organized a sit-in at the school", None),
    ]


def test_the_writers_clause_before_a_subordinator_is_left_out() -> None:
    assert indirect_said(
        "Dana Whitfield skipped the forum last week because, according to Tom Beck, the hosts had cut her "
        "speaking time."
    ) == [("the hosts had cut her speaking time", "Tom Beck")]
    assert indirect_said(
        "The mill closed in 1998 after, according to Ana Ruiz, the owners moved the looms to Portugal."
    ) == [("the owners moved the looms to Portugal", "Ana Ruiz")]
