"""People named in an article's prose, with the offices named with them, for the languages whose speaker
phrases are read from a table (:mod:`cqnews.enrich.quotes.latin`); and the one resolver of a speaker given by
an office only.

Those languages read speakers only next to reporting words, so the book would know nobody before the first
quote. A Spanish "“…”, ha explicado" (no subject at all) or "ha insistido el presidente andaluz" (a
description) speaks for someone the article named before, maybe paragraphs earlier: "el alcalde Ángel
Collados" or "el presidente de la Junta de Andalucía, Juanma Moreno". This list says who and since when.

A speaker described by an office ("ha insistido el presidente andaluz", "„…“, sagte der Trainer", "« … », a
ajouté le ministre") is resolved in one place, :meth:`ProsePeople.holder_before`: the person named last before
the description with an office it names, whether the article named them in its prose ("el presidente de la
Junta de Andalucía, Juanma Moreno") or as a quote's speaker ("sagte Trainer Murat Yakin"), among the last few
people named; nobody when the description is indefinite ("ein Sprecher der Polizei", "un porte-parole":
someone new, marked ``fresh`` by :func:`cqnews.enrich.quotes.latin_phrases.description`). Offices are compared
as the script's table reads them (:func:`cqnews.enrich.quotes.latin_titles.role_offices`: "die Kandidatin" holds
the office of "CDU-Spitzenkandidatin Anna Berg"); a script without such a table reads no office, and this resolver
names no one.

Which stage owns it: attribution, when each quote's speaker is resolved in reading order (through
:meth:`SpeakerBook.resolve <cqnews.enrich.speakers.SpeakerBook.resolve>`), not a pass after it. Only there are
both the prose's people and the speakers quoted so far known with their positions, so "the last one before"
means one thing for both; the holder found is noted as the quote's speaker at once, so a later pronoun or
left-out subject ("« … », a-t-il poursuivi") goes on with them; and an attribution's holder
(:mod:`cqnews.enrich.quotes.attributions`) is resolved by the same call. (The quoted speakers were read by a
second resolver after attribution before, ``described_speakers`` of :mod:`..quotes.latin_finish`, the prose's
people by this one; on the quote gold the one resolver gives every quote of every language the same speaker.)
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from ...models import Speaker

__all__ = ["ProsePeople", "no_offices"]

# How far back (characters) a left-out subject or a description looks for the person it stands for.
PROSE_REACH = 3000


def no_offices(role: str) -> frozenset[str]:
    """The office reader of a script without a table of offices: no office at all."""
    return frozenset()


# (position, name, role as quoted or None for a name of the prose, offices): one person a description may stand for
_Candidate = tuple[int, str, str | None, frozenset[str]]


@dataclass
class ProsePeople:
    """(position, name, offices) of each person named in the prose, in text order, and the script's reader of
    the offices a role or a description holds."""

    named: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)
    offices: Callable[[str], frozenset[str]] = no_offices

    def add(self, pos: int, name: str, role: str = "") -> None:
        """Note ``name`` at ``pos`` with the offices of ``role`` (registered in text order: positions only grow)."""
        self.named.append((pos, name, self.offices(role) if role else frozenset()))

    def last_before(self, pos: int) -> tuple[int, str] | None:
        """The person named last before ``pos``, within reach."""
        k = bisect.bisect_left(self.named, pos, key=_position)
        if k and pos - self.named[k - 1][0] <= PROSE_REACH:
            return self.named[k - 1][0], self.named[k - 1][1]
        return None

    def holder_before(
        self, description: str, pos: int, quoted: Iterator[tuple[int, Speaker]]
    ) -> tuple[str, str | None] | None:
        """(name, role as quoted, None for a person of the prose) of the person named last before ``pos`` with
        an office of ``description`` (see above), among the last :data:`_LOOK_BACK` people named in the prose
        or quoted; ``quoted`` gives the speakers quoted so far (position, speaker), the last first. An office,
        once given, holds for the article: no reach but the number of people named since."""
        wanted = self.offices(description)
        if not wanted:
            return None
        k = bisect.bisect_left(self.named, pos, key=_position)
        prose = ((at, name, None, held) for at, name, held in reversed(self.named[max(0, k - _LOOK_BACK) : k]))
        said = (
            (at, s.name, s.role, self.offices(s.role))
            for at, s in islice(quoted, _QUOTED_BACK)
            if at < pos and s.name and s.role
        )
        people: Iterator[_Candidate] = heapq.merge(prose, said, key=_first, reverse=True)
        return next(((name, role) for _, name, role, held in islice(people, _LOOK_BACK) if wanted & held), None)

    def full_name(self, surname: str, pos: int) -> str | None:
        """The full name of the person named last before ``pos`` whose name ends in ``surname`` ("ha detto
        Crosetto" after "il ministro Guido Crosetto"), or None."""
        k = bisect.bisect_left(self.named, pos, key=_position)
        tail = " " + surname
        earlier = self.named[max(0, k - _SURNAME_LOOK_BACK) : k]
        return next((name for _, name, _ in reversed(earlier) if name.endswith(tail)), None)


_LOOK_BACK = 20  # people named (in the prose or quoted) before a description that it is compared with
_QUOTED_BACK = 50  # speakers quoted before a description that are read for its holder (bounds the work)
_SURNAME_LOOK_BACK = 200  # people named before a surname that it is compared with (bounds the work per quote)


def _position(entry: tuple[int, str, frozenset[str]]) -> int:
    return entry[0]


def _first(candidate: _Candidate) -> int:
    return candidate[0]
