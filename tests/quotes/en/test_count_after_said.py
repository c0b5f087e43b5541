"""English reported speech: a count right after the verb ("said about 40 people …"), a shape seen in PolNeAR train, written as a
made-up sentence."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(text, speaker name) of every indirect quote of the made-up paragraphs, in order."""
    found = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind is QuoteKind.INDIRECT]


def test_about_before_a_count_opens_the_reported_clause() -> None:
    """ "said about 40 people were hurt": "about" approximates the count, the subject of what was said;
    "said about 9 p.m. on Friday, …" is a time, and no clause follows it."""
    assert _indirect("Fire chief Nora Vance said about 40 people were hurt in the blaze.") == [
        ("about 40 people were hurt in the blaze", "Nora Vance")
    ]
    assert _indirect("Mayor Ken Abe said about 9 p.m. on Friday, the lights went out across town.") == []
