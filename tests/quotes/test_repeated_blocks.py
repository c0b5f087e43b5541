"""A body holding paragraphs of the article twice: the second copy's quotes are no new quotes."""

from __future__ import annotations

import cqnews
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind

OPENING = "The harbour board met on Tuesday to discuss the new ferry timetable for the winter months."
REPORTED = "The chair, Maria Olsen, said the board would review the timetable again in the spring after complaints."
QUOTED = "“We will listen to every passenger who writes to us about the changes,” Olsen said at the meeting."
CLOSING = "Ferry traffic fell by a tenth last year, according to figures the port published in January."


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>{body}</article></body></html>"


def test_paragraphs_given_twice_keep_one_copy_of_their_quotes() -> None:
    article = cqnews.parse(_page([OPENING, REPORTED, QUOTED, CLOSING, QUOTED, REPORTED]), url="https://example.com/ferry")
    found = [(article.body[q.block].text, q.kind) for q in article.quotes]
    assert found.count((QUOTED, QuoteKind.DIRECT)) == 1
    assert found.count((REPORTED, QuoteKind.INDIRECT)) == 1
    assert all(q.block < 4 for q in article.quotes)


def test_first_copy_keeps_its_speaker_and_short_lines_stand_twice() -> None:
    # A line of fewer than eight words may stand twice in an article on purpose: both quotes stay.
    line = "“No,” Olsen said."
    quotes = find_quotes([Block(text=t) for t in (line, OPENING, QUOTED, CLOSING, QUOTED, line)], "en")
    direct = [q for q in quotes if q.kind is QuoteKind.DIRECT]
    assert [(q.block, q.speaker.name if q.speaker else None) for q in direct] == [(0, "Olsen"), (2, "Olsen"), (5, "Olsen")]
