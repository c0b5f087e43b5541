"""An English quote with no cue of its own, after a sentence of its paragraph whose subject is a named
person ("Hillary Lane touted her record. “…”"): that person's words. Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    quotes: list[Quote] = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.text[:12], q.speaker.name if q.speaker else None) for q in quotes if q.kind is QuoteKind.DIRECT]


def test_the_subject_of_the_sentence_before_says_the_quote() -> None:
    got = _speakers(
        "Ann Vole spoke first at the hall.",
        "Marta Quill touted her record as a sponsor of the bill. “We need to find ways to help the workers who want a union.”",
    )
    assert got == [("We need to f", "Marta Quill")]


def test_a_surname_subject_is_the_person_named_in_full_before() -> None:
    got = _speakers(
        "Marta Quill and Ann Vole spoke at the hall on Monday.",
        "Quill agreed with the plan. “Mainstream voters are running out of time to find someone new.”",
    )
    assert got == [("Mainstream v", "Marta Quill")]


def test_a_sentence_without_a_named_subject_gives_no_speaker() -> None:
    got = _speakers(
        "Marta Quill spoke at the hall on Monday.",
        "The crowd was quiet for a long time. “Nobody here knows what will happen to the old mill next year.”",
    )
    assert got == [("Nobody here ", None)]


def test_a_cue_after_the_quote_still_wins() -> None:
    got = _speakers(
        "Marta Quill and Ann Vole spoke at the hall on Monday.",
        "Quill agreed with the plan. “Mainstream voters are running out of time,” Vole said.",
    )
    assert got == [("Mainstream v", "Ann Vole")]
