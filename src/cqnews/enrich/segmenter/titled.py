"""Repairs of titles jieba's model cuts badly before a name (see :mod:`cqnews.enrich.segmenter`): a title of a
legislator glued to the surname after it (绿委王/n 定宇 -> 绿委/王定宇, 团总召傅/n -> 团/总召/傅), and the first word of
a body's name read as an adverb before its head's title (立法/d 院长 -> 立法院长, 警察/v 总监), the 长 of a
unit's head read with the name after it (美国商务部/长雷蒙多 -> 美国商务部长/雷蒙多), and a Malaysian honorific cut
or glued to the name after it (拿督鲁斯迪/nr -> 拿督/鲁斯迪)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.bodies_zh import MEASURE_POINTERS
from ...lexicon.personal_names_zh import SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.titles_zh import (
    BODY_WORDS_TAGGED_OTHERWISE,
    MALAYSIAN_HONORIFICS,
    TITLE_HEADS,
    TITLES_GLUED_TO_NAMES,
    UNIT_HEADS,
)
from ...text import is_cjk_char
from .base import Token, at, joined, known, retag, title_token


def glued_title(t: Token) -> bool:
    """May ``t`` hold a title glued to a name or a unit's character (a word of three characters or more holding one
    of the titles)?"""
    return len(t.word) >= 3 and any(title in t.word[:3] for title in TITLES_GLUED_TO_NAMES)


def title_off_surname(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """绿委王/n 定宇/n -> 绿委/王/定宇, 绿委林俊宪/nr -> 绿委/林俊宪, 团总召傅/n -> 团/总召/傅: a title (a party's
    legislator, a caucus whip) that jieba's model glued to the surname after it, no word of the dictionary, is a
    word of its own; a unit's character before it (the 团 of 国民党团) too. The name is joined by the repairs after."""
    t = tokens[i]
    w = t.word
    if known(w) or not all(is_cjk_char(c) for c in w):
        return None
    lead = 1 if w[:1] in UNIT_HEADS and w[1:3] in TITLES_GLUED_TO_NAMES else 0
    title = w[lead : lead + 2]
    rest = w[lead + 2 :]
    if title not in TITLES_GLUED_TO_NAMES or len(rest) > 3 or not (rest[:1] in SURNAMES or lead and not rest):
        return None  # (团总召/nr alone: the unit's character and the title)
    split = [Token(title, "n", t.start + lead, t.start + lead + 2)]
    split += [Token(rest, "nr", t.start + lead + 2, t.end)] if rest else []
    return [Token(w[0], "n", t.start, t.start + 1), *split] if lead else split


def body_word_tagged_otherwise(t: Token) -> bool:
    """Is ``t`` a body's first word jieba tags other than a noun (立法/d, 警察/v), which
    :func:`body_word_before_title` may join to the title after it?"""
    return t.word in BODY_WORDS_TAGGED_OTHERWISE and t.tag != "n"


def body_word_before_title(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """立法/d 院长 -> 立法院长/n, 立法/d 议员 -> 立法议员/n, 警察/v 总监 -> 警察总监/n: a body's first word that jieba
    tags an adverb or a verb, right before a title, is one title with it (the president of the Legislative Yuan, a
    legislator of Macau, a police commissioner)."""
    t, nxt = tokens[i], at(tokens, i + 1)
    if not body_word_tagged_otherwise(t) or nxt is None or nxt.start != t.end:
        return None
    if title_token(nxt) or nxt.tag == "n" and nxt.word in TITLE_HEADS:  # (总监, a head no title end marks)
        return [joined(t, nxt, "n")]
    return None


def opens_honorific(t: Token) -> bool:
    """May ``t`` open a Malaysian honorific (拿督, 丹斯里, 敦 …)?"""
    return t.word[:2] in _HONORIFIC_OPENINGS or t.word == "敦"


_LONGEST = max(map(len, MALAYSIAN_HONORIFICS))
_HONORIFIC_OPENINGS = frozenset(h[:2] for h in MALAYSIAN_HONORIFICS if len(h) >= 2)


def honorific_before_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """拿督鲁斯迪/nr -> 拿督/鲁斯迪, 拿督斯/里安华 -> 拿督斯里/安华, 拿汀林/美玲 -> 拿汀/林美玲, 丹斯里/ns -> 丹斯里: a
    Malaysian honorific before a name (Datuk, Datin, Tan Sri, Tun) is a title of its own, whichever words jieba's
    model cut it into; the characters after it, and the name words that follow, are the name."""
    j, text = i, ""
    while j < len(tokens) and len(text) < _LONGEST and tokens[j].start == tokens[i].start + len(text):
        text += tokens[j].word
        j += 1
    title = next((h for h in MALAYSIAN_HONORIFICS if text.startswith(h)), None)
    if title is None or title == "敦" and tokens[i].word != "敦":
        return None
    k = i  # the token the honorific ends in
    while tokens[k].end < tokens[i].start + len(title):
        k += 1
    end = tokens[i].start + len(title)
    m = k + 1
    while m < len(tokens) and tokens[m].tag in NAME_TAGS and tokens[m].start == tokens[m - 1].end:
        m += 1
    name = "".join(t.word for t in tokens[k:m])[end - tokens[k].start :]
    if not name or not all(is_cjk_char(c) for c in name) or m == k + 1 and tokens[k].end == end:
        return None  # (no name after the honorific)
    return [Token(title, "n", tokens[i].start, end), Token(name, "nr", end, tokens[m - 1].end)]


def head_title(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """美国商务部/长雷蒙多 -> 美国商务部长/雷蒙多: the 长 of a title jieba gave to the name after it
    (the rest, with the name words after it, is one name)."""
    t, nxt = tokens[i], at(tokens, i + 1)
    if _lone_head_before_name(tokens, i):  # 马华总会/长/a 魏家祥 -> 马华总会长/魏家祥
        return [Token(t.word + "长", "n", t.start, tokens[i + 1].end)]
    glued = nxt is not None and t.word.endswith(UNIT_HEADS) and nxt.word[:1] == "长" and len(nxt.word) >= 3
    if nxt is not None and not glued and _head_title_surname(tokens, i):
        given = tokens[i + 2]  # 消防队/长张/强 -> 消防队长/张强: 长 and a surname, the given name after it
        whole = Token(nxt.word[1] + given.word, "nr", nxt.start + 1, given.end)
        return [Token(t.word + "长", "n", t.start, nxt.start + 1), whole]
    if nxt is None or not glued or known(nxt.word):
        return None
    j = i + 2
    while j < len(tokens) and tokens[j].tag in NAME_TAGS:
        j += 1  # 长格兰/霍姆 -> 格兰霍姆
    name = nxt.word[1:] + "".join(x.word for x in tokens[i + 2 : j])
    return [Token(t.word + "长", "n", t.start, nxt.start + 1), Token(name, "nr", nxt.start + 1, tokens[j - 1].end)]


def _lone_head_before_name(tokens: Sequence[Token], i: int) -> bool:
    """Is ``tokens[i + 1]`` a 长 jieba reads alone (an adjective, "long") between a unit's name (总会, 警察局) and a
    name: the 长 of the unit's head (马华总会/长/魏家祥: 总会长, the president of the association)?"""
    t, nxt, name = tokens[i], at(tokens, i + 1), at(tokens, i + 2)
    if nxt is None or name is None or nxt.word != "长" or t.tag[:1] != "n" or not t.word.endswith(UNIT_HEADS):
        return False
    return len(t.word) >= 2 and t.end == nxt.start and nxt.end == name.start and name.tag in NAME_TAGS


def _head_title_surname(tokens: Sequence[Token], i: int) -> bool:
    """Is ``tokens[i + 1]`` 长 and a surname after a unit's name (消防队/长张/强), with a given name of one or two
    characters after it that is no word of function?"""
    t, nxt, given = tokens[i], at(tokens, i + 1), at(tokens, i + 2)
    if nxt is None or given is None or not t.word.endswith(UNIT_HEADS) or len(nxt.word) != 2:
        return False
    surname = nxt.word[0] == "长" and nxt.word[1] in SURNAMES and nxt.end == given.start
    return surname and 1 <= len(given.word) <= 2 and given.tag[:1] not in ("v", "p", "c", "u", "d", "x", "m")


def unit_tagged_name(t: Token) -> bool:
    """May ``t`` be a unit jieba tags a name before its head's title (幼儿园/nr 园长, 养老院/nr 院长)?"""
    return len(t.word) >= 3 and t.tag in NAME_TAGS


def unit_before_its_head(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """幼儿园/nr 园长 -> 幼儿园/n, 敬老院/nr 院长: a word jieba tags a name whose last character opens the title right
    after it, that character and 长 (the head of a 园, of a 院), is the unit, a noun: no name ends so before it."""
    t, nxt = tokens[i], at(tokens, i + 1)
    if nxt is None or nxt.start != t.end or nxt.word != t.word[-1] + _HEAD:
        return None
    return [retag(t, "n")]


# The character ending the title of a unit's head (园长, 院长, 站长).
_HEAD = "长"


def pointer_read_as_measure(t: Token) -> bool:
    """Is ``t`` a demonstrative and a measure word jieba tags a measure (该股/q, 此股/q)?"""
    return t.tag == "q" and len(t.word) == 2 and t.word[0] in MEASURE_POINTERS


def pointer_before_title(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """该股/q 董秘 -> 该股/r 董秘, 此股/q 董事长 -> 此股/r: a demonstrative and a measure word right before a title
    point at a body named before (this stock's company), as 该公司/该行 do: the title's holder is unnamed, no name
    董秘 or 董事长 (董 a surname)."""
    t, nxt = tokens[i], at(tokens, i + 1)
    if not pointer_read_as_measure(t) or nxt is None or nxt.start != t.end:
        return None
    if not (title_token(nxt) or nxt.word in TITLE_HEADS):
        return None
    return [retag(t, "r")]
