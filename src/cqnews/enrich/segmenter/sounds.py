"""A transliterated name written without a dot that jieba cut around the part it tags a transliteration (埃/ns
尔多/nrt 安/v -> 埃尔多安, 阿尔巴尼/nrt 斯/nr -> 阿尔巴尼斯): a lone character of the transliteration table on either
side of that part is the name's too, when what follows the name is no word of it (a verb, a time word, a mark)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.personal_names_zh import TRANSLITERATION_CHARS
from ...lexicon.pos_tags_zh import NAME_TAGS, NEVER_TAGS
from .base import Token, at, last


def join_sounds(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """The transliterated part ``tokens[i]`` with the lone characters of the table jieba left beside it."""
    t = tokens[i]
    if not (t.tag == "nrt" and 2 <= len(t.word) <= _PART and all(c in TRANSLITERATION_CHARS for c in t.word)):
        return None
    prev, nxt = last(out), at(tokens, i + 1)
    alone = len(out) < 2 or out[-2].tag not in NAME_TAGS  # (应依格/nr 桑/nr 多吉/nrt: 桑 ends another piece's run)
    first = prev if prev is not None and _lone_sound(prev) and prev.end == t.start and alone else t
    last_sound = nxt is not None and (_lone_sound(nxt) or _lone_localiser(nxt))  # (格罗/西/f, 卡瓦/西/f)
    end = nxt if nxt is not None and last_sound and _name_ends_before(at(tokens, i + 2)) else t
    if first is t and end is t:
        return None
    word = (first.word if first is not t else "") + t.word + (end.word if end is not t else "")
    return [Token(word, "nrt", first.start, end.end)]


def _lone_sound(t: Token) -> bool:
    """Is ``t`` one character of the transliteration table that is no word of function (埃/ns, 斯/nr; not 和/c)?"""
    return len(t.word) == 1 and t.word in TRANSLITERATION_CHARS and t.tag not in NEVER_TAGS and t.tag != "r"


def _lone_localiser(t: Token) -> bool:
    """Is ``t`` one character of the transliteration table that jieba tags a localiser or a measure (西/f, 克/m
    "gram")? After a part of a name and before what may follow a name, it ends the name (格罗西, 蒂尔克), no
    direction nor weight."""
    return len(t.word) == 1 and t.word in TRANSLITERATION_CHARS and t.tag in _END_SOUND_TAGS


# The tags of the lone characters that end a transliterated name only (see _lone_localiser).
_END_SOUND_TAGS = frozenset("f m".split())


def _name_ends_before(after: Token | None) -> bool:
    """May a name end before ``after``: nothing, a mark, a verb, a time word, a preposition, a conjunction, an
    adverb or a figure (…安|表示, …斯|周二, …克|在声明中, …安|与, …克|还, …安|13日: no name holds a digit)?"""
    if after is None or after.tag[:1] in _AFTER_NAME_TAGS:
        return True
    return not after.word[:1].isalnum() or after.word[:1].isdecimal()


# The first letters of the tags of the words a name may end before (a mark, a verb, a time word, a preposition, a
# conjunction, an adverb); a lone character of the table is itself no such word (_lone_sound).
_AFTER_NAME_TAGS = tuple("xvtpcd")
# Longest transliterated part jieba tags whole (阿尔巴尼).
_PART = 5
