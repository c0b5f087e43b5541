"""People named together and online handles, for :class:`~cqnews.enrich.speakers.index.NameIndex`: where two
people are named as one subject ("Phil and Rebecca have …"), for a later "the couple", "both men" or "they", and
where a handle is named outside quotes ("acebush1 inquired"), for a later "they". Each look-up is a bisection.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...lexicon import quote_patterns as P
from ...lexicon.en import NAME_PARTICLES
from ...lexicon.letters import LATIN_CAPITAL_LETTER
from .names import group_noun, opens_clause
from .phrases import HANDLE_IN_TEXT_RE, given_name_gender, split_name, strip_possessive
from .tokens import NOT_DEEP_IN_A_WORD

__all__ = ["JUST_SAID", "PAIR_REACH", "GroupNames"]

# A pronoun this close (characters) after a quoted speaker of unknown gender refers to them.
JUST_SAID = 800

# Two capitalised runs joined by "and" (each at most four words, so the match is bounded). The lookahead
# before the word boundary turns away every position but a capital at once (sre finds no prefix after \b).
# Any Latin capital opens a run ("Jędrzej Ślązak and Íñigo Martínez": a name may open with "Ś", "Í", "Ł").
_CAP = LATIN_CAPITAL_LETTER
_PARTICLE = "|".join(re.escape(p) for p in sorted(NAME_PARTICLES, key=len, reverse=True))
# (a lower-case particle may stand inside a name: "Íñigo Martínez de León and José Luis Ortega Núñez")
_RUN = rf"{_CAP}[\w'’\-]+(?: (?:(?:{_PARTICLE}) )?{_CAP}[\w'’\-]+){{0,3}}"
# A pair starts no deeper than a name's run does inside a run of word characters, apostrophes and hyphens
# (tokens.NOT_DEEP_IN_A_WORD): without that bound each capital after a hyphen of one long "A-A-A-…" run read the
# run to its end again (time growing with the square of the run; 100 KB took minutes).
_PAIR_RE = re.compile(rf"(?={_CAP})\b{NOT_DEEP_IN_A_WORD}({_RUN}) and ({_RUN})\b")


_AND_NAME_RE = re.compile(rf" and {_CAP}")  # what every _PAIR_RE match holds


# How far back "the couple" / "both men" look for the two people named together.
PAIR_REACH = 5000


# A digit after a letter, or "@" before a word character. The pattern opens with the class of the two, which
# the engine skips to in C (a lookahead guard in front is tested at every position: 1.6 times slower).
_HANDLE_HINT_RE = re.compile(r"[\d@](?:(?<=[a-z_]\d)|(?<=@)\w)")


@dataclass
class GroupNames:
    """The pairs and handles of an article, by position (a part of :class:`NameIndex`)."""

    _pairs: list[tuple[int, str]] = field(default_factory=list)  # (position, "A and B"): two people named together
    _handles: list[tuple[int, str]] = field(default_factory=list)  # (position, "acebush1") outside quotes

    def full_name(self, mention: str, pos: int) -> str:
        """The fullest name of ``mention`` known at ``pos`` (:meth:`NameIndex.full_name`)."""
        raise NotImplementedError

    def index_handles(self, text: str, base: int, inside: Callable[[int], bool]) -> None:
        """Record where an online handle is named outside quotes ("acebush1 inquired", "Acebush1’s
        posts"): a later "they" goes to a handle named since the last organisation spoke."""
        if _HANDLE_HINT_RE.search(text) is None:
            return  # no letter followed by a digit, no "@": no handle (one fast scan)
        for m in HANDLE_IN_TEXT_RE.finditer(text):
            if not inside(m.start()):
                self._handles.append((base + m.start(), m.group()))

    def _last_handle(self, pos: int) -> tuple[int, str] | None:
        k = bisect.bisect_left(self._handles, (pos, ""))
        if k and pos - self._handles[k - 1][0] <= JUST_SAID:
            return self._handles[k - 1]
        return None

    def index_pairs(self, text: str, base: int, inside: Callable[[int], bool]) -> None:
        """Record two people named together ("Phil and Rebecca", "American Kevin King and Australian
        Timothy Weeks") by their fullest names, for a later "the couple", "both men" or "they".
        Call after register_text."""
        if " and " not in text or _AND_NAME_RE.search(text) is None:
            return  # (every pair has " and " before a capital: a literal scan spares the regex most blocks)
        for m in _PAIR_RE.finditer(text):
            if inside(m.start()) or not opens_clause(text, m.start()):
                continue  # only a pair standing as a subject ("Phil and Rebecca have …"), not "the likes of A and B"
            names = [self._pair_part(m.group(g), base + m.start(g)) for g in (1, 2)]
            if names[0] and names[1] and names[0] != names[1]:
                self._pairs.append((base + m.end(), f"{names[0]} and {names[1]}"))
                self._shared_surname(names[0], names[1], base + m.start(1))

    def _shared_surname(self, first: str, second: str, pos: int) -> None:
        """ "Ama and Kojo Boateng": a given name alone before "and" and a full name shares its surname, so "Ama
        Boateng" is a name of the article (a later "Mrs Boateng" is she, not Kojo Boateng)."""
        if " " not in first and " " in second and given_name_gender(first) and given_name_gender(second.split(" ")[0]):
            self.add_name(f"{first} {second.rsplit(' ', 1)[1]}", pos)

    def add_name(self, name: str, pos: int) -> None:
        """Index ``name`` as written at ``pos`` (:meth:`NameIndex.add_name`)."""
        raise NotImplementedError

    def _pair_part(self, run: str, pos: int) -> str | None:
        words = [strip_possessive(w) for w in run.split(" ")]
        while words and words[0].lower() in P.EN_NOT_NAME:
            words.pop(0)
        if not words:
            return None
        _, name, kind = split_name(words)
        if kind != "person" or not name or group_noun(name[0]):
            return None
        full = self.full_name(" ".join(name), pos) if len(name) == 1 else " ".join(name)
        if " " not in full and not given_name_gender(full):
            return None  # "Qatar and Afghanistan": places, not people
        return full

    def _last_pair(self, pos: int, reach: int) -> tuple[int, str] | None:
        k = bisect.bisect_left(self._pairs, (pos, ""))
        if k and pos - self._pairs[k - 1][0] <= reach:
            return self._pairs[k - 1]
        return None
