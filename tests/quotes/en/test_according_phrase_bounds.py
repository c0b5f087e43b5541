"""English report credited with an "according to" phrase set off inside its sentence (session 44): a description
of the source closing the sentence ("…, according to the union, one of the groups …") and the writer's clause
before a subordinator ("…, because, according to X, …") are no part of the report. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(text: str) -> list[tuple[str, str | None]]:
    found = find_quotes([Block(text=text)], "en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind is QuoteKind.INDIRECT]


def test_the_source_description_closing_the_sentence_is_left_out() -> None:
    assert _indirect(
        "The new contract covers about 300 drivers at four depots in Leeds, according to the Transit Workers "
        "Union, one of the groups representing the staff."
    ) == [("The new contract covers about 300 drivers at four depots in Leeds", "the Transit Workers Union")]
    assert _indirect(
        "Two thirds of the money raised this spring came from small donors, according to Fundwatch, "
        "a campaign finance website."
    ) == [("Two thirds of the money raised this spring came from small donors", "Fundwatch")]


def test_a_clause_going_on_after_the_phrase_stays_whole() -> None:
    assert _indirect("A year before, according to her brother, she organized a sit-in at the school.") == [
        ("A year before, according to her brother, she organized a sit-in at the school", None),
    ]


def test_the_writers_clause_before_a_subordinator_is_left_out() -> None:
    assert _indirect(
        "Dana Whitfield skipped the forum last week because, according to Tom Beck, the hosts had cut her "
        "speaking time."
    ) == [("the hosts had cut her speaking time", "Tom Beck")]
    assert _indirect(
        "The mill closed in 1998 after, according to Ana Ruiz, the owners moved the looms to Portugal."
    ) == [("the owners moved the looms to Portugal", "Ana Ruiz")]
