"""Block quotations introduced by a paragraph ending in a colon: "Smith wrote:" / ``<blockquote>…</blockquote>``.

Pages set a quoted letter, post or statement apart as a ``<blockquote>`` without quote marks, after a
paragraph that names who wrote or said it ("Opposition leader Tom Smith wrote:", "Maria Lopez said in a
statement:"). The whole block is that speaker's direct quote. A block quotation with no such lead
(a pull quote, an excerpt of a report) is left alone: nothing on the page says whose words it holds; so
is one whose lead says nobody speaks or writes ("See tweets:"): its last sentence must hold a reporting
word or a "he"/"she" who does something ("he launched into one of his riffs:").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import quote_patterns as P
from ...models import Block, BlockKind, Quote, QuoteKind
from .lead_block_zh import zh_lead_speaker

__all__ = ["drop_unclaimed", "lead_block_quotes"]


def lead_block_quotes(blocks: Sequence[Block], quotes: list[Quote]) -> set[int]:
    """Add, in reading order, a bare direct quote for every block quotation that holds no quote yet and
    follows a paragraph ending in a colon (its speaker is given by the colon-lead pass, see
    :func:`~cqnews.enrich.quotes.coref.backfill_runs`); the indices of the blocks added."""
    quoted = {q.block for q in quotes}
    added: set[int] = set()
    for index in range(1, len(blocks)):
        block = blocks[index]
        if block.kind is not BlockKind.BLOCKQUOTE or index in quoted or not block.text.strip():
            continue
        zh_lead = zh_lead_speaker(blocks[index - 1].text) if index - 1 not in added else None
        if index - 1 not in added and zh_lead is None and not _names_its_author(blocks[index - 1].text):
            continue  # (a quotation of several blocks: the ones after the first follow it)
        start = len(block.text) - len(block.text.lstrip())
        end = len(block.text.rstrip())
        quote = Quote(text=block.text[start:end], kind=QuoteKind.DIRECT, block=index, start=start, end=end)
        if zh_lead is not None:  # (店主王明说：: the speaker the Chinese lead names; English leads, see coref)
            quote.speaker, quote.cue = zh_lead
        elif index - 1 in added:  # (the next block of a Chinese quotation goes on with its speaker)
            quote.speaker, quote.cue = quotes[-1].speaker, quotes[-1].cue
        quotes.append(quote)
        added.add(index)
    if added:
        quotes.sort(key=lambda q: (q.block, q.start))
    return added


def _names_its_author(lead: str) -> bool:
    """Does the paragraph ``lead`` end in a colon after a sentence that reports speech or writing?"""
    lead = lead.rstrip()
    if not lead.endswith(":"):
        return False
    last = _SENTENCE_END.split(lead[-_LEAD_CHARS:])[-1]
    return any(word in P.EN_CUES or word in _PERSONS for word in _WORD.findall(last.lower()))


_SENTENCE_END = re.compile(r"[.!?]\s")
_WORD = re.compile(r"[a-z]+")
_PERSONS = frozenset(("he", "she"))
_LEAD_CHARS = 300  # the colon's sentence is read, not the whole paragraph


def drop_unclaimed(quotes: list[Quote], added: set[int]) -> None:
    """Remove the block quotations added by :func:`lead_block_quotes` that no speaker claimed."""
    if added:
        quotes[:] = [q for q in quotes if q.block not in added or q.speaker is not None]
