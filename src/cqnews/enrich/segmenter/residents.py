"""A place before a noun of its residents, cut badly by jieba's model: read apart into single characters
(台/q 中/f 市民 -> 台中/ns 市民) or with the first character of the noun glued to it (高雄市/ns 民 -> 高雄/ns 市民).
The place is no part of the role's cut (中市民, 民陈先生)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.people_nouns_zh import RESIDENT_NOUNS
from .base import Token, joined, known, last


def place_before_residents(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """The place and the residents' noun, each whole, or None when ``tokens[i]`` opens no such pair."""
    t = tokens[i]
    if t.word in RESIDENT_NOUNS:
        return _place_read_apart(out, t)
    prev = last(out)
    if prev is not None and prev.tag == "ns" and len(prev.word) >= 3 and prev.word[-1] + t.word in RESIDENT_NOUNS:
        cut = prev.end - 1
        return [Token(prev.word[:-1], "ns", prev.start, cut), Token(prev.word[-1] + t.word, "n", cut, t.end)]
    return None


def _place_read_apart(out: list[Token], t: Token) -> list[Token] | None:
    """台/q 中/f 市民 -> 台中/ns 市民: two single characters before the noun that are one word of the dictionary."""
    if len(out) < 2 or len(out[-1].word) != 1 or len(out[-2].word) != 1:
        return None
    a, b = out[-2], out[-1]
    if a.end != b.start or b.end != t.start or a.tag in _NO_PLACE_TAGS or not known(a.word + b.word):
        return None  # (这/个/市民, 各/位/市民: no place)
    return [joined(a, b, "ns"), t]


# Tags of a first character that opens no place (a numeral, a pronoun, a preposition, a conjunction).
_NO_PLACE_TAGS = frozenset("m r p c u".split())


def needs_resident_repair(t: Token) -> bool:
    """Is ``t`` a residents' noun or the 民 jieba leaves after a place (most texts: neither)?"""
    return t.word in RESIDENT_NOUNS or t.word == "民"
