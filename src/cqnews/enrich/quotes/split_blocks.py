"""A quotation that a line break cuts in two blocks (WeChat and portal editors often put a <p> or a <br> in the
middle of a sentence): the first block leaves its quote open at its end (陈红说：“改造前我们征求了意见，) and the next
block runs on without an opening mark up to the closing one (大家的需求都写进了方案里。”). The words of the next block
before that closing mark are the rest of the same quote: a direct quote of the same speaker, continuing the first.
"""

from __future__ import annotations

from ...lexicon.punctuation_zh import ZH_FULLWIDTH_CLOSING_MARKS, ZH_FULLWIDTH_OPENING_MARKS
from ...models import Quote, QuoteKind

__all__ = ["finish_split_quotes"]

# Closing marks that never stand for an apostrophe or a straight mark; the opening marks that would start a new quote.
_CLOSERS = ZH_FULLWIDTH_CLOSING_MARKS
_OPENERS = ZH_FULLWIDTH_OPENING_MARKS + "\"'‘"


def finish_split_quotes(quotes: list[Quote], texts: list[str]) -> None:
    """Add, in reading order, the rest of every direct quote left open at the end of its block whose next block
    closes it with no opening mark before: each rest continues its quote (``continues`` set by
    :func:`cqnews.enrich.quotes.continuation.link_continuations`)."""
    added: list[Quote] = []
    last_in_block = {q.block: q for q in quotes}
    for block, first in last_in_block.items():
        rest = _rest(first, texts, block + 1)
        if rest is not None and not any(q.block == rest.block and q.start < rest.end for q in quotes):
            added.append(rest)
    if added:
        quotes.extend(added)
        quotes.sort(key=lambda q: (q.block, q.start))


def _rest(first: Quote, texts: list[str], block: int) -> Quote | None:
    """The rest of ``first`` at the start of block ``block``; None when ``first`` is closed in its block or the
    next block does not go on with it."""
    if first.kind is not QuoteKind.DIRECT or block >= len(texts) or texts[first.block][first.end :].strip():
        return None
    text = texts[block]
    start = len(text) - len(text.lstrip())
    close = next((k for k in range(start, len(text)) if text[k] in _CLOSERS or text[k] in _OPENERS), -1)
    if close <= start or text[close] not in _CLOSERS:
        return None
    return Quote(
        text=text[start:close],
        kind=QuoteKind.DIRECT,
        speaker=None if first.speaker is None else first.speaker.model_copy(),
        mention=None,
        cue=first.cue,
        block=block,
        start=start,
        end=close,
    )
