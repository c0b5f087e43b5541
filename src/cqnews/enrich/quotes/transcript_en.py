"""English transcripts quoted line by line: “CLINTON: I feel …” — a speaker label in capitals opens the
quoted words, and the label, not a cue outside the marks, tells who speaks."""

from __future__ import annotations

import re

from ...models import Quote, QuoteKind, Speaker
from ..speakers import SpeakerBook

# A surname in capitals (two letters or more) and a colon opening the quoted words: "RAMOS: Secretary …".
_LABEL_RE = re.compile(r"([A-Z][A-Z’'\-]+): +(?=\S)")


def label_speakers(quotes: list[Quote], book: SpeakerBook, bases: list[int]) -> None:
    """Give each direct quote that opens with a label in capitals naming a person of the article that
    person as speaker, and start the quote after the label (the label is no part of what was said).
    A label the article names no person by ("VIDEO:", "UPDATE:", a dateline) changes nothing."""
    for i, q in enumerate(quotes):
        if q.kind is not QuoteKind.DIRECT:
            continue
        m = _LABEL_RE.match(q.text)
        if m is None or len(q.text) - m.end() < 2:
            continue
        name = _person_named(book, m.group(1), bases[q.block] + q.start)
        if name is None:
            continue
        quotes[i] = q.model_copy(
            update={
                "text": q.text[m.end() :],
                "start": q.start + m.end(),
                "speaker": Speaker(name=name),
                "mention": m.group(1),
                "cue": None,
            }
        )


def _person_named(book: SpeakerBook, label: str, pos: int) -> str | None:
    """The full name of the person the article names before ``pos`` with the surname ``label`` (in
    capitals: "CLINTON" is "Hillary Clinton"), else None."""
    surname = label[0] + label[1:].lower()
    full = book.full_name(surname, pos)
    # a name that ends in the surname ("Hillary Clinton", not "Clinton Foundation")
    return full if full != surname and full.rsplit(" ", 1)[-1] == surname else None
