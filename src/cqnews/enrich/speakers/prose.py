"""People named in an article's prose, with the office words named with them, for the languages whose speaker
phrases are read from a table (:mod:`cqnews.enrich.quotes.latin`).

Those languages read speakers only next to reporting words, so the book would know nobody before the first
quote. A Spanish "“…”, ha explicado" (no subject at all) or "ha insistido el presidente andaluz" (a
description) speaks for someone the article named before, maybe paragraphs earlier: "el alcalde Ángel
Collados" or "el presidente de la Junta de Andalucía, Juanma Moreno". This list says who and since when.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

__all__ = ["ProsePeople"]

# How far back (characters) a left-out subject or a description looks for the person it stands for.
PROSE_REACH = 3000


@dataclass
class ProsePeople:
    """(position, name, office words in lower case) of each person named in the prose, in text order."""

    named: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)

    def add(self, pos: int, name: str, office: tuple[str, ...] = ()) -> None:
        """Note ``name`` at ``pos`` (registered in text order: positions only grow)."""
        self.named.append((pos, name, tuple(word.lower() for word in office)))

    def last_before(self, pos: int) -> tuple[int, str] | None:
        """The person named last before ``pos``, within reach."""
        k = bisect.bisect_left(self.named, pos, key=_position)
        if k and pos - self.named[k - 1][0] <= PROSE_REACH:
            return self.named[k - 1][0], self.named[k - 1][1]
        return None

    def holder_before(self, words: list[str], pos: int) -> str | None:
        """The person named last before ``pos`` with an office word among ``words`` (lower case): "el
        presidente andaluz" after "el presidente de la Junta de Andalucía, Juanma Moreno". An office, once
        given, holds for the article: no reach but the number of people named since."""
        k = bisect.bisect_left(self.named, pos, key=_position)
        wanted = set(words)
        for _, name, office in reversed(self.named[max(0, k - _LOOK_BACK) : k]):
            if office and wanted.intersection(office):
                return name
        return None

    def full_name(self, surname: str, pos: int) -> str | None:
        """The full name of the person named last before ``pos`` whose name ends in ``surname`` ("ha detto
        Crosetto" after "il ministro Guido Crosetto"), or None."""
        k = bisect.bisect_left(self.named, pos, key=_position)
        tail = " " + surname
        earlier = self.named[max(0, k - _SURNAME_LOOK_BACK) : k]
        return next((name for _, name, _ in reversed(earlier) if name.endswith(tail)), None)


_LOOK_BACK = 20  # people named before a mention that it is compared with
_SURNAME_LOOK_BACK = 200  # people named before a surname that it is compared with (bounds the work per quote)


def _position(entry: tuple[int, str, tuple[str, ...]]) -> int:
    return entry[0]
