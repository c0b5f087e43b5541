"""A body holding part of the article twice: the quotes of the second copy are no new quotes.

Some pages give the article, or some of its paragraphs, twice (a second rendering of the story, a
summary box repeating paragraphs, a live page listing an entry again); the body extracted from them holds
the same block twice. The quotes found in the second copy repeat the first copy's word for word: the
words were said once. A block whose words (eight or more) are, one for one, those of an earlier block
holds no quote of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Quote

__all__ = ["drop_repeated_blocks"]

_WORD = re.compile(r"[^\W_]+")
_MIN_WORDS = 8  # a short line said twice ("Read more", a repeated label) is no copy of the article


def repeated_blocks(texts: Sequence[str]) -> set[int]:
    """The blocks whose words are, one for one, those of an earlier block of eight words or more."""
    seen: set[tuple[str, ...]] = set()
    again: set[int] = set()
    for index, text in enumerate(texts):
        words = tuple(w.lower() for w in _WORD.findall(text))
        if words in seen:
            again.add(index)
        elif len(words) >= _MIN_WORDS:
            seen.add(words)
    return again


def drop_repeated_blocks(quotes: list[Quote], texts: Sequence[str]) -> None:
    """Remove the quotes found in a block that repeats an earlier one (see the module's docstring)."""
    again = repeated_blocks(texts)
    if again:
        quotes[:] = [q for q in quotes if q.block not in again]
