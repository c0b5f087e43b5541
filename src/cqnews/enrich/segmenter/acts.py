"""An act of a verb and its object that jieba's dictionary holds as one noun (主持会议/n, 听取汇报/n, 视察工作/n),
right after a name (or a form of address after it: 刘芳同志) and before 并, 后 or a cue: the verb and the noun apart
(刘芳/主持/会议/并/指出), so the name alone is the subject. A step of ``core.REPAIRS``."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.people_nouns_zh import ADDRESSES_AFTER_NAMES
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.quotes_zh import ZH_CUE_WORDS
from .base import Token, at, jieba_tags, last

# What follows the act before the cue: "and" (主持会议并指出) or "after" (听取汇报后指出).
_AFTER_ACT = frozenset("并 后".split())
_ACT_SIZE = 4
# The tags of the object: a noun, or a verb used as one (视察/工作/vn).
_OBJECT_TAGS = ("n", "vn")


def act_tagged_noun(t: Token) -> bool:
    """May ``t`` be a verb and its object of two characters each that jieba tags a noun (主持会议/n)?"""
    return t.tag == "n" and len(t.word) == _ACT_SIZE


def act_read_apart(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """刘芳/主持会议/n 并 指出 -> 主持/v 会议/n: after a name and before 并, 后 or a cue, a noun of four characters
    whose first two are a verb and last two a noun for jieba is the act of the one named, not part of a name."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    named = prev is not None and (prev.tag in NAME_TAGS or prev.word in ADDRESSES_AFTER_NAMES)  # (刘芳/同志)
    if prev is None or not named or prev.end != t.start or nxt is None:
        return None
    if nxt.word not in _AFTER_ACT and nxt.word not in ZH_CUE_WORDS:
        return None
    verb, noun = jieba_tags(t.word[:2]), jieba_tags(t.word[2:])
    if len(verb) != 1 or verb[0][1] != "v" or len(noun) != 1 or not noun[0][1].startswith(_OBJECT_TAGS):
        return None
    mid = t.start + 2
    return [Token(t.word[:2], "v", t.start, mid), Token(t.word[2:], noun[0][1], mid, t.end)]
