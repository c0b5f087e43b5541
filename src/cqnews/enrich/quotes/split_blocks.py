"""A quotation that line breaks cut in blocks (WeChat and portal editors often put a <p> or a <br> in the
middle of a sentence): the first block leaves its quote open at its end (陈红说：“改造前我们征求了意见，), the next
blocks run on without any quote mark and the last one without an opening mark up to the closing one
(大家的需求都写进了方案里。”). Those words are the rest of the same quote: direct quotes of the same speaker, each
continuing the piece before it.
"""

from __future__ import annotations

from ...lexicon.punctuation_zh import ZH_FULLWIDTH_CLOSING_MARKS, ZH_FULLWIDTH_OPENING_MARKS
from ...models import Quote, QuoteKind

__all__ = ["finish_split_quotes"]

# Closing marks that never stand for an apostrophe or a straight mark; the opening marks that would start a new quote.
_CLOSERS = ZH_FULLWIDTH_CLOSING_MARKS
_OPENERS = ZH_FULLWIDTH_OPENING_MARKS + "\"'‘"
_MIDDLE_BLOCKS = 3  # blocks with no mark at all a cut quote runs through before the one that closes it


def finish_split_quotes(quotes: list[Quote], texts: list[str]) -> None:
    """Add, in reading order, the rest of every direct quote left open at the end of its block whose next blocks
    close it with no opening mark before: each piece continues the one before it (``continues`` set by
    :func:`cqnews.enrich.quotes.continuation.link_continuations`)."""
    added: list[Quote] = []
    last_in_block = {q.block: q for q in quotes}
    first_start: dict[int, int] = {}  # where the first quote found in each block starts
    for q in quotes:
        first_start[q.block] = min(q.start, first_start.get(q.block, q.start))
    for first in last_in_block.values():
        rest = _rest(first, texts)
        # (no quote already found inside a piece: only the pieces' own blocks are looked at, so that a page of
        # many cut quotes costs one look per piece, not one per quote of the page)
        if rest and not any(first_start.get(piece.block, piece.end) < piece.end for piece in rest):
            added.extend(rest)
    if added:
        quotes.extend(added)
        quotes.sort(key=lambda q: (q.block, q.start))


def _rest(first: Quote, texts: list[str]) -> list[Quote]:
    """The rest of ``first`` in the blocks after it; none when ``first`` is closed in its block or the next
    blocks do not go on with it up to a closing mark."""
    if first.kind is not QuoteKind.DIRECT or texts[first.block][first.end :].strip():
        return []
    rest: list[Quote] = []
    for block in range(first.block + 1, min(first.block + 2 + _MIDDLE_BLOCKS, len(texts))):
        text = texts[block]
        start = len(text) - len(text.lstrip())
        mark = next((k for k in range(start, len(text)) if text[k] in _CLOSERS or text[k] in _OPENERS), -1)
        if mark < 0 and text.strip():  # a block with no mark: the quote may run on through it
            rest.append(_piece(first, text, block, (start, len(text.rstrip()))))
            continue
        if mark <= start or text[mark] not in _CLOSERS:
            return []
        return [*rest, _piece(first, text, block, (start, mark))]
    return []


def _piece(first: Quote, text: str, block: int, span: tuple[int, int]) -> Quote:
    """A piece of ``first`` at ``span`` of block ``block`` (its ``text``): same speaker and cue, no mention."""
    speaker = None if first.speaker is None else first.speaker.model_copy()
    start, end = span
    return Quote(
        text=text[start:end], kind=QuoteKind.DIRECT, speaker=speaker, cue=first.cue, block=block, start=start, end=end
    )
