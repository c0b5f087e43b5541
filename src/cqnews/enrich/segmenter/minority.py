"""Tibetan, Mongolian, Uyghur and Kazakh names written in Han characters without an interpunct, which jieba
cuts apart or reads as other words (扎西/ns 顿珠/ns, 买买提/n, 其其格/c), joined into one name: the parts of
:data:`~cqnews.lexicon.names_zh.MINORITY_NAME_PARTS` in a row from where a word starts to where one ends (or to
a function word or a verb of saying jieba glued to the name's end: 巴特尔说 -> 巴特尔/说)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import names_zh as N
from ...lexicon.cue_words_zh import CUE_ADVERBS, SAY_AFTER_CUE
from ...lexicon.people_nouns_zh import PERSON_NOUN_ENDS
from ...lexicon.personal_names_zh import HONORIFICS
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.segmenter_repairs_zh import GLUED_FUNCTION_WORDS
from .base import Token, char_tag

_PARTS = sorted(N.MINORITY_NAME_PARTS, key=len, reverse=True)
_NAME_RE = re.compile("(?:" + "|".join(_PARTS) + f"){{1,{N.MINORITY_NAME_MAX_PARTS}}}")
# The first character of each part: a token opening with none of them opens no such name.
_PART_FIRSTS = frozenset(p[0] for p in _PARTS)
# What may be glued to a name's end in the word that ends it: one character of a function word or a cue.
_GLUED_ENDS = GLUED_FUNCTION_WORDS | SAY_AFTER_CUE | CUE_ADVERBS
# How many tokens a name spans at most.
_REACH = 6


def opens_minority_name(t: Token) -> bool:
    """May ``t`` open such a name (it opens with the first character of a part)?"""
    return t.word[:1] in _PART_FIRSTS


def join_minority(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """The name of parts opening at ``tokens[i]`` as one ``nr`` token (and the character glued after it as a
    word of its own), or None where there is none or jieba already reads it as one name."""
    first = tokens[i]
    run = tokens[i : i + _REACH]
    m = _NAME_RE.match("".join(t.word for t in run))
    if m is None:
        return None
    size = len(m.group())
    k, covered = 0, 0
    while covered < size:
        covered += len(run[k].word)
        k += 1
    if not _name_sized(m.group()) and not _honoured_part(m.group(), run, k, covered) and not _named_person(
        out, m.group(), k, covered
    ):
        return None
    if k == 1 and covered == size and first.tag in NAME_TAGS:
        return None
    end = first.start + size
    name = Token(m.group(), "nr", first.start, end)
    if covered == size:
        return [name]
    rest = run[k - 1].word[len(run[k - 1].word) - (covered - size) :]
    if rest not in _GLUED_ENDS:
        return None  # (乌兰察布: a place whose word goes on)
    return [name, Token(rest, char_tag(rest), end, run[k - 1].end)]


def _honoured_part(name: str, run: Sequence[Token], k: int, covered: int) -> bool:
    """Is ``name`` one part of two characters that is a whole token, an honorific after it (扎西/先生, 卓玛/女士)?
    A word or a place alone, the honorific makes it a person's name."""
    after = run[k] if k < len(run) else None
    return len(name) == 2 and k == 1 and covered == 2 and after is not None and after.word in HONORIFICS


def _named_person(out: Sequence[Token], name: str, k: int, covered: int) -> bool:
    """Is ``name`` one part of two characters that is a whole token right after a noun of a kind of person (牧民/扎西,
    村民/卓玛, 队员/巴图)? The noun says a person is named next, as an honorific after the part does."""
    before = out[-1] if out else None
    return (
        len(name) == 2 and k == 1 and covered == 2 and before is not None and before.tag == "n"
        and len(before.word) >= 2 and before.word.endswith(PERSON_NOUN_ENDS)
    )


def _name_sized(name: str) -> bool:
    """Is ``name`` (parts in a row) as long as a name is: one part of three characters or more, or two parts
    or more (a part of two characters alone is no name here)?"""
    low, high = N.MINORITY_NAME_SIZE
    return low <= len(name) <= high
