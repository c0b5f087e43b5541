"""What the quote tests read of ``find_quotes`` on one made-up block: who speaks, and in what role; and what the
attribution layer (``find_attributions``) reads of made-up paragraphs."""

from __future__ import annotations

import cqnews
from cqnews import Attribution
from cqnews.enrich.quotes import find_quotes, read_quotes
from cqnews.enrich.quotes.attributions import find_attributions
from cqnews.models import Block, QuoteKind


def speakers(text: str, language: str = "zh") -> list[str | None]:
    """The speaker name of each quote of ``text`` in order (None where nobody is named)."""
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=text)], language)]


def speakers_in(*paragraphs: str, language: str = "zh") -> list[str | None]:
    """The speaker name of each quote of an article of several paragraphs, in order."""
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=p) for p in paragraphs], language)]


def speakers_in_en(*paragraphs: str) -> list[str | None]:
    """The speaker name of each quote of an English article of several paragraphs, in order."""
    return speakers_in(*paragraphs, language="en")


def who_speaks(text: str, language: str = "en") -> list[str | None]:
    """Who speaks each quote of one paragraph ``text`` in order: the speaker's name, else its role (None without one)."""
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name or q.speaker.role) if q.speaker else None for q in quotes]


def roles(text: str, language: str = "zh") -> list[str | None]:
    """The speaker role of each quote of ``text`` in order (None where nobody speaks or no role is read)."""
    return [q.speaker.role if q.speaker else None for q in find_quotes([Block(text=text)], language)]


def mentions(text: str, language: str = "zh") -> list[str | None]:
    """The mention (the words before the cue that name who speaks) of each quote of ``text`` in order."""
    return [q.mention for q in find_quotes([Block(text=text)], language)]


def said(text: str, language: str = "zh") -> list[tuple[str | None, str | None]]:
    """(name, role) of each quote's speaker of ``text`` in order ((None, None) without a speaker)."""
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], language)]


def said_in(*paragraphs: str, language: str = "zh") -> list[tuple[str | None, str | None]]:
    """(name, role) of each quote's speaker of an article of several paragraphs, in order."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


def said_in_en(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    """(name, role) of each quote's speaker of an English article of several paragraphs, in order."""
    return said_in(*paragraphs, language="en")


def texts_in(*paragraphs: str, language: str = "zh") -> list[str]:
    """The text of each quote of an article of several paragraphs, in order."""
    return [q.text for q in find_quotes([Block(text=p) for p in paragraphs], language)]


def reported(text: str, language: str = "en") -> list[str]:
    """The text of each indirect quote (reported speech) of ``text``, in order."""
    return [q.text for q in find_quotes([Block(text=text)], language) if q.kind is QuoteKind.INDIRECT]


def reported_said(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, speaker role) of each indirect quote of ``text``, in order (None where nobody is named)."""
    quotes = find_quotes([Block(text=text)], language)
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in quotes
        if q.kind is QuoteKind.INDIRECT
    ]


def reported_zh(text: str) -> list[str]:
    """The text of each indirect quote (reported speech) of Chinese ``text``, in order."""
    return reported(text, "zh")


def reported_by(text: str, language: str = "zh") -> list[tuple[str | None, str]]:
    """(speaker name, text) of each indirect quote of ``text``, in order (None where nobody is named)."""
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.text) for q in quotes if q.kind is QuoteKind.INDIRECT]


def reported_with_mention(text: str, language: str = "zh") -> list[tuple[str, str | None]]:
    """(text, mention) of each indirect quote of ``text``, in order: the words reported and the speaker as written."""
    quotes = find_quotes([Block(text=text)], language)
    return [(q.text, q.mention) for q in quotes if q.kind is QuoteKind.INDIRECT]


def quotes_found(text: str, language: str = "en") -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of each quote of ``text``, in order."""
    quotes = find_quotes([Block(text=text)], language)
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in quotes]


def quotes_in(language: str, *paragraphs: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of each quote of an article of several paragraphs in ``language``, in order."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in quotes]


def quotes_with_roles(language: str, *paragraphs: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker name, speaker role) of each quote of an article of several paragraphs in ``language``."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in quotes
    ]


def attributions_in(*paragraphs: str, language: str = "en") -> list[Attribution]:
    """The attribution layer's items of an article of several paragraphs, in order."""
    return find_attributions(read_quotes([Block(text=p) for p in paragraphs], language))


def one_attribution(*paragraphs: str) -> Attribution:
    """The one English attribution of ``paragraphs`` (the test fails if there are none or several); its offsets
    must give its text in its paragraph."""
    found = attributions_in(*paragraphs)
    assert len(found) == 1, found
    if len(paragraphs) == 1:
        assert paragraphs[0][found[0].start : found[0].end] == found[0].text
    return found[0]


def direct_said(*paragraphs: str, language: str = "en") -> list[tuple[str, str | None]]:
    """(text, speaker name) of each direct quote of an article of several paragraphs, in order (None where nobody
    is named)."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind is QuoteKind.DIRECT]


def indirect_said(*paragraphs: str, language: str = "en") -> list[tuple[str, str | None]]:
    """(text, speaker name) of each indirect quote of an article of several paragraphs, in order (None where nobody
    is named)."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind is QuoteKind.INDIRECT]


def text_said_in(*paragraphs: str, language: str = "zh") -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, speaker role) of each quote of an article of several paragraphs, in order ((text, None,
    None) without a speaker)."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [(q.text, q.speaker.name, q.speaker.role) if q.speaker else (q.text, None, None) for q in quotes]


def direct_texts(text: str, language: str) -> list[str]:
    """The text of each direct quote of ``text``, in order."""
    return [q.text for q in find_quotes([Block(text=text)], language) if q.kind is QuoteKind.DIRECT]


def direct_with_speaker(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, speaker role) of each direct quote of ``text`` that has a speaker, in order."""
    quotes = find_quotes([Block(text=text)], language)
    return [(q.text, q.speaker.name, q.speaker.role) for q in quotes if q.kind is QuoteKind.DIRECT and q.speaker]


def parsed_speakers(text: str) -> list[str | None]:
    """The speaker name of each quote the whole pipeline (``cqnews.parse_text``) reads in ``text``, in order (None
    where nobody is named)."""
    return [q.speaker.name if q.speaker else None for q in cqnews.parse_text(text).quotes]
