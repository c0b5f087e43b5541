"""The pattern of a single name set off after an owner's noun of a tie ("His wife, Abena, agrees": speakers.index)
opens with a character class and asks for no word character before the owner word by a lookbehind, where it opened
with \\b (tried at every position of every block): its matches are those of the \\b form, on made-up sentences and
on the edges of a word (a text's start, letters, digits, "_" and accented letters before the owner word)."""

from __future__ import annotations

import itertools
import re

from cqnews.enrich.speakers.index import _KIN_SINGLE_NAME_RE
from cqnews.lexicon import quote_patterns as P

_WORD_BOUNDARY_FORM = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (" + "|".join(sorted(P.EN_TIE_NOUNS)) + r"), ([A-Z][a-z]{2,20}),? "
)

_SENTENCES = [
    "His wife, Abena, agrees that the ferry should run at night.",
    "The fisherman said their neighbour, Kwesi, had seen the boat leave.",
    "Her son, Tomasz, was at the harbour; my sister, Ingrid, stayed home, and our cousin, Farid, drove.",
    "Othis wife, Abena, came; Tomher son, Ola, left; Saymy brother, Ravi, and Flour cousin, Nadia, stayed.",
    "Hisham wife, Abena, came; Mythe son, Ola, left; Theirs wife, Lena, and Ourself son, Ivo, came.",
    "ÉHis wife, Abena, came; _her son, Ola, left; 9my sister, Ines, and «Our cousin, Tariq» spoke.",
    "HIS wife, Abena, came; their  wife, Lena, left; Their wife,Lena, came; my wife, lena, stayed.",
]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_same_matches_as_the_word_boundary_form() -> None:
    found = 0
    for text in _SENTENCES:
        expected = _matches(_WORD_BOUNDARY_FORM, text)
        assert _matches(_KIN_SINGLE_NAME_RE, text) == expected
        found += len(expected)
    assert found == 5  # (the first three sentences hold five such names; the rest none)


def test_same_matches_after_every_character_before_the_owner_word() -> None:
    before = ["", " ", "a", "Z", "1", "_", "é", "ß", "’", "'", "-", ".", "“", "\n", "中"]
    owners = ["his", "His", "her", "Her", "their", "Their", "my", "My", "our", "Our", "hIs", "thier"]
    for lead, owner, tail in itertools.product(before, owners, (" wife, Abena, said", " aunt, Olu said")):
        text = f"{lead}{owner}{tail}"
        assert _matches(_KIN_SINGLE_NAME_RE, text) == _matches(_WORD_BOUNDARY_FORM, text), text
