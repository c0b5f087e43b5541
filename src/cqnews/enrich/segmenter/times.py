"""A pointer of time read apart from its time word (苹果公司/本/月初 -> 苹果公司/本月初), or glued by jieba's model to
the name before it (李华本/月初 -> 李华/本月初): 本 before 月初, 周, 年 is the time's own (this month, this week),
no part of who speaks nor a pronoun left at the speaker's end."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.time_words_zh import TIME_POINTED_UNITS, TIME_POINTER
from .base import Token, known, last


def pointer_before_time(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """本 joined to the time word after it, whether jieba read it alone or glued to a name before it."""
    prev, t = last(out), tokens[i]
    if prev is None or not _time_after_pointer(t):
        return None
    if prev.word == TIME_POINTER:  # 本/r 月初/t
        return [Token(prev.word + t.word, "t", prev.start, t.end)]
    if _glued_pointer(prev):  # 李华本/nr 月初/t
        cut = prev.end - 1
        return [Token(prev.word[:-1], prev.tag, prev.start, cut), Token(TIME_POINTER + t.word, "t", cut, t.end)]
    return None


def _time_after_pointer(t: Token) -> bool:
    return t.tag == "t" and t.word[0] in TIME_POINTED_UNITS


def _glued_pointer(t: Token) -> bool:
    """Is ``t`` a name of jieba's model with the pointer glued to its end (李华本, not 里斯本 of the dictionary)?"""
    return len(t.word) >= 3 and t.word.endswith(TIME_POINTER) and t.tag in NAME_TAGS and not known(t.word)
