"""A word of manner jieba reads whole with its particle 地 (轻轻地/z, 默默地/z), or whose reduplicated count it cuts
across the particle (一遍/m 遍地/v for 一遍遍/地): the word, then 地/uv, as jieba reads most of them (慢慢/d 地/uv,
乐呵呵/z 地/uv), so the speaker readers see how the words are said, never a speaker (老人拉着我们的手，轻轻地说：“…”
is the old man's, not a person 轻轻地)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.cue_words_zh import MANNER_BEFORE_CUE
from ...lexicon.pos_tags_zh import NAME_TAGS, STATE_WORD_TAG
from ...lexicon.quotes_zh import ZH_CUE_WORDS, ZH_MANNER_SUFFIX
from .base import Token, at, last, retag

# jieba's tag of 地, the particle after a word of manner (lexicon quotes_zh.ZH_MANNER_SUFFIX).
_DI_TAG = "uv"
# The character of one that opens a reduplicated count (一遍遍, 一声声).
_ONE = "一"


def needs_manner_repair(t: Token) -> bool:
    """Is ``t`` a word of two or more characters ending in 地 (a test that a text may hold one glued to it)?"""
    return len(t.word) >= 2 and t.word.endswith(ZH_MANNER_SUFFIX)


def manner_read_apart(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """轻轻地/z -> 轻轻/z 地/uv; 一遍/m 遍地/v -> 一遍遍/m 地/uv (a count of one unit reduplicated: the unit after
    一 and again before 地); None for a word of no manner (当地/s, 基地/n, 满地/n)."""
    t = tokens[i]
    if not needs_manner_repair(t):
        return None
    di = Token(ZH_MANNER_SUFFIX, _DI_TAG, t.end - 1, t.end)
    if t.tag == STATE_WORD_TAG:
        return [Token(t.word[:-1], t.tag, t.start, t.end - 1), di]
    count = last(out)
    if count is None or len(t.word) != 2 or count.end != t.start or count.tag != "m":
        return None
    if len(count.word) == 2 and count.word[0] == _ONE and count.word[1] == t.word[0]:
        return [Token(count.word + t.word[0], "m", count.start, t.end - 1), di]
    return None


def may_be_manner_read_as_name(t: Token) -> bool:
    """Is ``t`` a word of manner that stands before a cue with no 地, tagged a name (郑重/nr)?"""
    return t.word in MANNER_BEFORE_CUE and t.tag in NAME_TAGS


def manner_read_as_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """局长/n 郑重/nr 表示 -> 郑重/ad, 院长/n 严肃/nr 指出 -> 严肃/ad: a word of manner that stands before a verb of
    saying with no 地 (lexicon ``MANNER_BEFORE_CUE``), which jieba tags a name after a title, is how the holder of
    the title speaks, no name (严明, 高明 after a title are names: they so stand only with 地)."""
    t, nxt = tokens[i], at(tokens, i + 1)
    # Only before a cue: before any other verb the word is a name (市长严正上任后, 副局长严正介绍了情况).
    if not may_be_manner_read_as_name(t) or nxt is None or nxt.word not in ZH_CUE_WORDS or nxt.start != t.end:
        return None
    return [retag(t, _ADVERBIAL_TAG)]


# jieba's tag of an adjective used as an adverbial (郑重/ad).
_ADVERBIAL_TAG = "ad"
