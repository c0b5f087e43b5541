"""Quotes in the summary (standfirst, dek, 导语/摘要), read by the same mechanism as the body's.

A page's standfirst often carries a quote the body does not repeat ("The mayor said on Monday the bridge
would reopen in May."; "“We are not leaving,” residents told us"). The summary is read as one more block
before the body (:func:`cqnews.enrich.quotes.read_quotes` on ``[summary, *body]``, so that a speaker the
summary names only by surname or pronoun gets the body's fullest name), and only its own quotes are kept:

- each becomes a :class:`~cqnews.models.Quote` with ``part=SUMMARY``, offsets into ``Article.summary`` and
  ``block == len(Article.body)`` (past the body: ``article.body[q.block]`` raises, never gives another text);
- they follow the body's quotes in ``Article.quotes`` (``continues`` indexes are shifted accordingly), so the
  body's quotes keep every field and value they have without the summary: the body is read on its own first;
- a summary quote whose words stand in the body (a summary copied or cut from the first paragraph, a
  meta description ending in "…") is left out: the body's quote stands, nothing is given twice.

The body is read a second time (with the summary) only when the summary alone holds a quote, one the body
does not repeat.
The headline is not read: a headline quote ("'We will win,' says coach") is a title, not the article's text; nor
is a summary that repeats it (a description copied from the title), which the views leave out too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...deadline import Deadline
from ...models import Block, Quote, QuotePart
from ...text import same_words
from . import Finds, read_quotes

__all__ = ["summary_quotes"]


def summary_quotes(
    summary: str | None,
    body: Sequence[Block],
    language: str | None,
    deadline: Deadline,
    *,
    block: int,
    first: int,
    headline: str | None = None,
    finds: Finds | None = None,
) -> list[Quote]:
    """The quotes of ``summary`` that the ``body`` blocks read do not repeat, located in it: ``block`` is
    ``len(Article.body)``, ``first`` the index in ``Article.quotes`` the first one takes (the body's quote count).
    A summary that says the headline's words (a description copied from the title) is not read. ``finds``: what
    reading the ``body`` alone found in its blocks (:class:`~cqnews.enrich.quotes.Finds`), not searched again."""
    if not summary or not summary.strip() or (headline is not None and same_words(summary, headline)):
        return []
    said = _WORD.findall(summary.lower())
    if said and _in_words_of(_cut(said), _opening(body, 2 * len(summary) + 100)):
        return []  # (most copies come from the first paragraphs: their words are found without the whole body's)
    joined = "\n".join(b.text for b in body)
    phrase = _cut(said)
    body_words = _words_holding(phrase, joined)  # (read once: the summary's quotes are looked for in them too)
    if body_words is not None and phrase in body_words:  # (a copy of the first paragraphs, or of their start)
        return []  # (checked before reading: two summaries in five are such copies, and reading costs more)
    lead = Block(text=summary)
    reading = read_quotes([lead], language, deadline, keep=True)
    if not reading.quotes:
        return []
    body_words = _words(joined) if body_words is None else body_words
    reading = read_quotes([lead, *body], language, deadline, finds=_merged(finds, reading.finds))
    index: dict[int, int] = {}  # position in the reading -> index in Article.quotes
    quotes: list[Quote] = []
    for position, quote in enumerate(reading.quotes):
        if quote.block != 0 or _repeated(quote, lead.text, body_words):
            continue
        index[position] = first + len(quotes)
        continues = None if quote.continues is None else index.get(quote.continues)
        quotes.append(quote.model_copy(update={"block": block, "part": QuotePart.SUMMARY, "continues": continues}))
    return quotes


def _merged(body: Finds | None, lead: Finds | None) -> Finds | None:
    """What the body's reading and the summary's own found, together when read by the same rules; else the body's
    (a reading by other rules uses neither: :func:`~cqnews.enrich.quotes.read_quotes` checks)."""
    if body is None or lead is None or body.rules is not lead.rules:
        return body or lead
    return Finds(body.rules, {**body.blocks, **lead.blocks})


def _opening(body: Sequence[Block], size: int) -> str:
    """The first blocks of ``body`` holding ``size`` characters, joined as the whole body is: their words are the
    first words of the body's (lower case and the word pattern read each character as in the whole), so a phrase
    found in them is found in the body's."""
    total = 0
    for count, block in enumerate(body, 1):
        total += len(block.text) + 1
        if total >= size:
            return "\n".join(b.text for b in body[:count])
    return "\n".join(b.text for b in body)


def _repeated(quote: Quote, summary: str, body_words: str) -> bool:
    """Do the quote's words stand in the body? A quote that runs to the summary's end is read without its last
    word: a description cut short ends in a word cut in two ("resulter…") or a mark of the cut ("[more]")."""
    words = _WORD.findall(quote.text.lower())
    if _WORD.search(summary, quote.end) is None:
        return _cut(words) in body_words
    return f" {' '.join(words)} " in body_words


def _in_words_of(phrase: str, text: str) -> bool:
    """``phrase in _words(text)``, without the words of a whole body when a word of ``phrase`` stands nowhere in its
    lower-case text (each of the body's words is a piece of that text, so such a phrase is none of its phrases):
    the summary's words are then left unread in the body's, and most summaries end there."""
    words = _words_holding(phrase, text)
    return words is not None and phrase in words


def _words_holding(phrase: str, text: str) -> str | None:
    """``_words(text)``, or None when a word of ``phrase`` stands nowhere in its lower-case text (then ``phrase``
    is not in its words: see :func:`_in_words_of`)."""
    low = text.lower()
    if not all(word in low for word in phrase.split()):
        return None
    return _words(text)


def _cut(words: list[str]) -> str:
    """``words`` as :func:`_words` gives them, without the last one when there are more than :data:`_CUT_WORDS`."""
    return f" {' '.join(words[:-1] if len(words) > _CUT_WORDS else words)} "


def _words(text: str) -> str:
    """The words of ``text`` (a Chinese character each), lower case, one space apart and one on each side (so
    that ``in`` finds whole words): the body and a summary made of it may differ in their spacing, quote marks
    and apostrophes ("Don't" in a meta description, "Don’t" in the body) and in a last "…"."""
    return f" {' '.join(_WORD.findall(text.lower()))} "


_WORD = re.compile(r"[\u3400-\u9fff]|[^\W_\u3400-\u9fff]+")  # (a run of letters or digits stops at a Chinese character)
_CUT_WORDS = 3  # (a quote of three words or fewer is compared whole)
