"""Format characters (Unicode category Cf) that show nothing, left out of the quote reading.

A soft hyphen (``Hoff\\u00admann``), a zero-width space (a zero-width joiner or non-joiner after a Latin letter), a
word joiner, a byte-order mark, a direction mark or a bidi embedding, override or isolate inside a name cut it in two
for the reading: ``said Ann Hoff\\u00admann`` named "Ann Hoff", ``said A\\u202enn L\\u200dee`` gave no name but the
role "A\\u202enn L\\u200dee". The quote reading sees each block without them; what it finds is mapped back to the
text as written, so a quote's words keep them (its offsets are those of the block) while a speaker's name, role, cue
and mention, read from the reading's text, hold none.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ...models import Block
from ...text import FORMAT_CHAR_RE, FORMAT_CHARS_RE

__all__ = ["Unseen", "unseen_removed"]

# The characters are text.FORMAT_CHARS_RE's (author names from metadata leave out the same): ZWNJ and ZWJ spell words
# of Persian and Indic scripts, and emoji (text.normalize_space keeps them): they are left out only after a Latin
# letter or sign, where they spell nothing ("L\u200dee"). FORMAT_CHAR_RE finds a block that holds none quickly.
_INVISIBLE_RE = FORMAT_CHARS_RE
_INVISIBLE_CHAR_RE = FORMAT_CHAR_RE


class Unseen:
    """Where a block's reading text (format characters left out) stands in the block as written: per run of
    characters kept, its start in the reading text and in the block (memory by runs, not by characters)."""

    __slots__ = ("_read", "_shown")

    def __init__(self, shown: str) -> None:
        self._read: list[int] = [0]
        self._shown: list[int] = [0]
        left = 0  # characters left out so far
        for match in _INVISIBLE_RE.finditer(shown):
            left += match.end() - match.start()
            self._read.append(match.end() - left)
            self._shown.append(match.end())

    def _at(self, offset: int) -> int:
        run = bisect.bisect_right(self._read, offset) - 1
        return self._shown[run] + offset - self._read[run]

    def start(self, offset: int) -> int:
        """The offset in the block as written of the reading text's ``offset`` (a start)."""
        return self._at(offset)

    def end(self, offset: int, start: int) -> int:
        """The offset as written of an end ``offset`` (exclusive) of a span starting at ``start``: after its last
        character, so format characters after it stay out."""
        return self._at(offset - 1) + 1 if offset > start else self._at(offset)


def unseen_removed(blocks: Sequence[Block]) -> tuple[list[Block], list[Unseen | None]]:
    """``blocks`` as the quote reading sees them, and per block where its text stands as written (None when the
    block holds no format character: the same text)."""
    read: list[Block] = []
    maps: list[Unseen | None] = []
    for block in blocks:
        if _INVISIBLE_CHAR_RE.search(block.text) is None or _INVISIBLE_RE.search(block.text) is None:
            read.append(block)
            maps.append(None)
        else:
            read.append(block.model_copy(update={"text": _INVISIBLE_RE.sub("", block.text)}))
            maps.append(Unseen(block.text))
    return read, maps
