"""Repairs of times and numbers jieba reads with a name or apart (see :mod:`cqnews.enrich.segmenter.repairs`): a
pointer of time read apart from its time word (苹果公司/本/月初 -> 苹果公司/本月初), or glued by jieba's model to
the name before it (李华本/月初 -> 李华/本月初): 本 before 月初, 周, 年 is the time's own (this month, this week),
no part of who speaks nor a pronoun left at the speaker's end; the time of a zone (当地/时间), the day glued to a
name (李家/超今/早, 胡志伟昨/nr), a digit glued to a name (张伟二/nr 〇), the zero written as a character and a
round number after 上 (上/百名)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.cue_words_zh import SAY_AFTER_CUE
from ...lexicon.personal_names_zh import SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.reporting_zh import VERBS_TAGGED_OTHERWISE
from ...lexicon.time_words_zh import (
    DAY_PARTS,
    DAY_POINTERS,
    DIGIT_CHARS,
    ROUND_NUMBERS,
    TIME_POINTED_UNITS,
    TIME_POINTER,
    TIME_ZONES,
    UP_TO,
    WHEN,
    ZERO_CHARS,
    ZONE_TIME,
)
from ...text import is_cjk_char
from .base import Token, at, cut_after_name, joined, known, last, retag


def pointer_before_time(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """本 joined to the time word after it, whether jieba read it alone or glued to a name before it."""
    prev, t = last(out), tokens[i]
    if prev is None or not _time_after_pointer(t):
        return None
    if prev.word == TIME_POINTER:  # 本/r 月初/t
        return [joined(prev, t, "t")]
    if _glued_pointer(prev):  # 李华本/nr 月初/t
        cut = prev.end - 1
        return [Token(prev.word[:-1], prev.tag, prev.start, cut), Token(TIME_POINTER + t.word, "t", cut, t.end)]
    return None


def _time_after_pointer(t: Token) -> bool:
    return t.tag == "t" and t.word[0] in TIME_POINTED_UNITS


def _glued_pointer(t: Token) -> bool:
    """Is ``t`` a name of jieba's model with the pointer glued to its end (李华本, not 里斯本 of the dictionary)?"""
    return len(t.word) >= 3 and t.word.endswith(TIME_POINTER) and t.tag in NAME_TAGS and not known(t.word)


def zone_times(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """拜登/当地/时间/周三/表示 -> 拜登/当地时间/周三/表示: the time of a zone (当地时间, 北京时间, 美东时间) is one
    time word, so it never ends a speaker's name ("美国总统拜登当地时间" is no speaker)."""
    prev, t = last(out), tokens[i]
    if t.word == ZONE_TIME and prev is not None and (prev.word in TIME_ZONES or prev.tag == "ns"):
        return [joined(prev, t, "t")]
    return None


def given_glued_to_day(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """李家/超今/早 -> 李家超/今早: the last character of a name glued to the day of a time word after it (今早, 昨晚,
    今晨: 今 or 昨 and a part of the day), the name of two characters before it opening with a surname."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    day = len(t.word) == 2 and t.word[1] in DAY_POINTERS
    if day and prev is not None and nxt is not None and _day_part_after(prev, t, nxt):
        # (the part of the day follows: 今/早, read as time)
        return [Token(prev.word + t.word[0], "nr", prev.start, t.start + 1), Token(t.word[1], "t", t.start + 1, t.end)]
    return None


def day_after_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """胡志伟昨/nr 于 -> 胡志伟/昨/于, 胡志伟/昨在/t -> 胡志伟/昨/在, 胡志伟/昨指/v -> 胡志伟/昨/指, 今/zg -> 今/t:
    昨 and 今 alone (yesterday, today: Hong Kong papers write them so before a verb or a preposition) after a name
    are a time word, neither the name's end nor one word with the preposition or the cue after it."""
    t, prev, nxt = tokens[i], last(out), at(tokens, i + 1)
    w = t.word
    if _name_then_day(t) and nxt is not None and nxt.tag[:1] in ("p", "v"):
        return [Token(w[:-1], t.tag, t.start, t.end - 1), Token(w[-1], "t", t.end - 1, t.end)]
    if prev is None or prev.tag not in NAME_TAGS or len(prev.word) < 2:
        return None
    if len(w) == 2 and w[0] in DAY_POINTERS and w[1] in _AFTER_DAY:
        return [Token(w[0], "t", t.start, t.start + 1), Token(w[1], _AFTER_DAY[w[1]], t.start + 1, t.end)]
    return [Token(w, "t", t.start, t.end)] if w in DAY_POINTERS and t.tag != "t" else None


def _name_then_day(t: Token) -> bool:
    """Is ``t`` a name of two or three characters with 昨 or 今 glued to its end (胡志伟昨/nr), no word of the
    dictionary?"""
    w = t.word
    return t.tag in NAME_TAGS and len(w) in (3, 4) and w[-1] in DAY_POINTERS and w[0] in SURNAMES and not known(w)


# What jieba reads with 昨 or 今 as one word after a name (昨在/t, 昨指/v), and its tag alone.
_AFTER_DAY = {"在": "p", "于": "p", "向": "p", "对": "p", "指": "v", "称": "v", "说": "v"}


def _day_part_after(prev: Token, t: Token, nxt: Token) -> bool:
    """Is ``t`` (超今) a given name's last character and 今/昨 before ``nxt`` (早), a part of the day, after the name of
    two characters ``prev`` (李家) that opens with a surname?"""
    name = len(prev.word) == 2 and prev.word[0] in SURNAMES and prev.tag in (*NAME_TAGS, "n")
    return name and is_cjk_char(t.word[0]) and t.tag in ("t", "tg") and nxt.word[:1] in DAY_PARTS


def digit_glued_to_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """张伟二/nr 〇/x 二四/m -> 张伟/二/〇…: a digit written in characters that jieba's model glued to the end of a
    name of two before a year written digit by digit (二〇二四年) is the number's first digit, no part of the name."""
    t, nxt = tokens[i], at(tokens, i + 1)
    if t.tag not in NAME_TAGS or len(t.word) != 3 or t.word[-1] not in DIGIT_CHARS or nxt is None:
        return None
    number = nxt.word[:1] in ZERO_CHARS or nxt.tag == "m" and all(c in DIGIT_CHARS for c in nxt.word)
    if not number or nxt.start != t.end:
        return None
    return cut_after_name(t, "m")


def zero_read_as_symbol(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """二/〇/x/二四/年 -> 〇/m: the zero written as a character (〇) is a digit, which jieba tags a symbol."""
    t = tokens[i]
    return [retag(t, "m")] if t.word in ZERO_CHARS and t.tag == "x" else None


def up_to_a_round_number(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """上/f 百名/m -> 上百名/m: 上 before a round number (上百, 上千: up to a hundred, a thousand) is the count's own,
    no localiser (jieba holds 上万名 as one word, not 上百名)."""
    prev, t = last(out), tokens[i]
    if prev is None or prev.word != UP_TO or prev.end != t.start or t.tag != "m" or t.word[:1] not in ROUND_NUMBERS:
        return None
    return [joined(prev, t, "m")]


def time_glued_to_cue(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """出庭作证/时称/n -> 出庭作证/时/称, 出庭/时说 -> 时/说: 时 (when), closing a clause of time, and the one-character
    verb of saying after it (称, 说) that jieba reads as one noun (时说 is in its dictionary, no word of use): the
    clause is the speaker's own doing, the cue says who speaks (证人出庭作证时说 -> 证人, not the whole clause)."""
    t = tokens[i]
    if len(t.word) != 2 or t.word[0] != WHEN or not out:
        return None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.start == t.end and t.word[1] + after.word in VERBS_TAGGED_OTHERWISE:
        return [Token(WHEN, "n", t.start, t.start + 1), Token(t.word[1] + after.word, "v", t.start + 1, after.end)]
    if t.word[1] not in SAY_AFTER_CUE:  # (质询/时痛/n 批/q -> 质询/时/痛批: a verb of criticising, tagged otherwise)
        return None
    return [Token(WHEN, "n", t.start, t.start + 1), Token(t.word[1], "v", t.start + 1, t.end)]
