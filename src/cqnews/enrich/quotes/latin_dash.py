"""Dialogue set off by dashes in Spanish and Portuguese prose.

"—No sé qué ha pasado —dijo el vecino—. Estaba durmiendo cuando oí el golpe." A paragraph opening with a dash is
a speaker's words; a dash glued to a reporting verb ("—dijo", "—explicó", "—lamentó") opens the tag that names the
speaker, a dash after it closes the tag, and the words after the closing dash go on with the same speaker.
"""

from __future__ import annotations

import re

from ...lexicon.quotes_latin import DASH_DIALOGUE_LANGUAGES, LatinTable
from ...models import QuoteKind
from .latin import tag_after
from .latin_sources import clause_end
from .text import MIN_CLAUSE, BlockView, Found

__all__ = ["dash_dialogue"]

_OPENING_RE = re.compile(r"\s*[—–]\s*")  # the dash opening the paragraph, spaces around it
_TAG_RE = re.compile(r" [—–](?=[^\W\d_])")  # a dash glued to the tag's first word, a space before it
_CLOSING_RE = re.compile(r"[—–]\s*[.,;:]?\s*")  # the dash closing the tag and the mark after it


def dash_dialogue(table: LatinTable, b: BlockView) -> list[Found]:
    """The speaker's words of a paragraph opening with a dash whose tag names the speaker (its reporting verb and
    subject between dashes): before the tag, and after the dash closing it; none when the paragraph has no such
    tag (a dash alone opens no quote: it may open a list item)."""
    text = b.text
    opening = _OPENING_RE.match(text)
    if table.language not in DASH_DIALOGUE_LANGUAGES or opening is None or opening.end() == 0:
        return []
    start = opening.end()
    tag = _TAG_RE.search(text, start)
    if tag is None or tag.start() - start < MIN_CLAUSE // 2:
        return []
    closing = _CLOSING_RE.search(text, tag.end())
    tag_end = closing.start() if closing is not None else len(text)
    who, cue = tag_after(table, text, tag.start(), tag_end)
    if cue is None:
        return []
    found = [Found(QuoteKind.DIRECT, start, tag.start(), who, cue)]
    rest = closing.end() if closing is not None else len(text)
    end = clause_end(text, rest, len(text))
    if end - rest >= MIN_CLAUSE:
        found.append(Found(QuoteKind.DIRECT, rest, end, who, cue))
    return found
