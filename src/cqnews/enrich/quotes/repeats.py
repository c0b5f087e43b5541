"""A body holding part of the article twice: the quotes of the second copy are no new quotes.

Some pages give the article, or some of its paragraphs, twice (a second rendering of the story, a
summary box repeating paragraphs, a live page listing an entry again); the body extracted from them holds
the same block twice. The quotes found in the second copy repeat the first copy's word for word: the
words were said once. A block whose words (eight or more) are, one for one, those of an earlier block
holds no quote of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ...models import Quote

__all__ = ["drop_repeated_blocks"]

_WORD = re.compile(r"[^\W_]+")
_MIN_WORDS = 8  # a short line said twice ("Read more", a repeated label) is no copy of the article
_MIN_LENGTH = 2 * _MIN_WORDS - 1  # eight words need eight characters and seven between them


def tally(text: str) -> tuple[int, int, int, int]:
    """Counts that two blocks with the same words share, read in C without splitting the words.

    Each counted letter is a word character, and the characters that lower-case to a text holding it
    are only its own two cases (both word characters; tests/speed/test_repeats_tally.py checks every
    code point). So a block's count of it is that of its lower-cased words, whatever stands between
    them. Latin e and a, Cyrillic о and 的 tell most blocks of a page apart.
    """
    return (
        text.count("e") + text.count("E"),
        text.count("a") + text.count("A"),
        text.count("о") + text.count("О"),
        text.count("的"),
    )


def _candidates(texts: Sequence[str]) -> list[bool]:
    """Per block: whether another block of eight words or more may hold the same words (same tally)."""
    tallies = [tally(text) if len(text) >= _MIN_LENGTH else None for text in texts]
    shared = Counter(tallies)
    return [key is not None and shared[key] > 1 for key in tallies]


def repeated_blocks(texts: Sequence[str]) -> set[int]:
    """The blocks whose words are, one for one, those of an earlier block of eight words or more."""
    seen: set[tuple[str, ...]] = set()
    again: set[int] = set()
    for index, (text, candidate) in enumerate(zip(texts, _candidates(texts), strict=True)):
        if not candidate:  # no other block holds the same words: neither a copy nor copied
            continue
        words = tuple(w.lower() for w in _WORD.findall(text))
        if words in seen:
            again.add(index)
        elif len(words) >= _MIN_WORDS:
            seen.add(words)
    return again


def drop_repeated_blocks(quotes: list[Quote], texts: Sequence[str]) -> None:
    """Remove the quotes found in a block that repeats an earlier one (see the module's docstring)."""
    if not quotes:
        return
    again = repeated_blocks(texts)
    if again:
        quotes[:] = [q for q in quotes if q.block not in again]
