"""A Chinese speaker's name with its title after it (习近平总书记, 钟南山院士, 其美多吉总书记) or a surname with one
(张教授, 李华议员): the name and the title read off the subject before the cue (see :mod:`.phrases_zh`)."""

from __future__ import annotations

from ...lexicon.people_nouns_zh import ADDRESS_AFTER_FULL_NAMES, ADDRESSES_AFTER_NAMES
from ...lexicon.personal_names_zh import SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS, ORG_NAME_TAG
from ...lexicon.titles_zh import (
    COMMITTEE_END,
    LOCAL_OFFICE_ENDS,
    OFFICE_ENDS,
    OFFICE_JOINERS,
    OFFICE_LIST_MARKS,
    RANK_MARKS,
)
from ...text import is_cjk_char
from .. import segmenter
from . import names_zh as N
from .edge_zh import ZH_TITLES_AFTER
from .names_without_surname_zh import name_of_pieces
from .phrases import Who
from .pieces_zh import name_of_place_pieces
from .predicate_zh import office_word

__all__ = ["titled_person"]

# Titles, and nouns of an elder, written after a full name (钟南山院士, 张秀英奶奶).
_AFTER_NAMES: tuple[str, ...] = (*ZH_TITLES_AFTER, *ADDRESS_AFTER_FULL_NAMES)


def titled_person(seg: str, start: int) -> Who | None:
    """A name with its title after it (习近平总书记, 钟南山院士) or a surname with one (张教授)."""
    for suffix in _AFTER_NAMES if seg.endswith(_AFTER_NAMES) else ():
        rest = seg[: -len(suffix)]
        if seg.endswith(suffix) and len(rest) >= 2 and N.word_ends_at(seg, len(rest)) and not _modifier(rest):
            if _body_named(rest):
                return Who(seg, "desc", role=seg, start=start)  # 民建联主席, 国民党主席: the office's unnamed holder
            name = _name_before_title(rest)
            if name and (suffix in ZH_TITLES_AFTER or _is_name(name)):  # 习近平总书记, 钟南山院士, 国家主席习近平 …
                role = _role_around(rest[: -len(name)], suffix)
                return Who(name, "person", role=role, start=start)
    titled_name = N.surname_title(seg)
    if titled_name is not None:  # 张教授, 单院长: a surname and a title name someone
        return Who(titled_name, "person", role=seg[: -len(titled_name)].rstrip("、的") or None, start=start)
    toks = list(segmenter.tag(seg))
    title = _title_after_name(toks)
    if title is None:
        return None
    first = len(toks) - 3 if len(toks) >= 3 and N.sound_name_end(toks[-3], toks[-2]) else len(toks) - 2
    if len(toks) >= 2 and N.person_word(toks[first]):  # 张明研究员, 李华议员, 郭荣铿(/o)议员, 王明副局长
        role = seg[: toks[first].start].rstrip("、的") + title
        return Who(seg[toks[first].start : toks[-2].end], "person", role=role, start=start)
    return None


def _role_around(before: str, suffix: str) -> str:
    """The role of a name with ``before`` written before it and the title or form of address ``suffix`` after it:
    the title after (总书记), or the words before and that title (国家主席…总书记); the words before alone where the
    noun after is an address (区长王刚同志 -> 区长, 退休教师张秀英奶奶 -> 退休教师), unless those words are a modifier
    ending in 的, whose noun the address is (获奖的李思远同学 -> 获奖的同学, not a role 获奖的)."""
    if not before:
        return suffix
    return before if suffix in ADDRESSES_AFTER_NAMES and not before.endswith("的") else before + suffix


def _body_named(rest: str) -> bool:
    """Is ``rest``, the words before a title, one organisation's name the segmenter tags so (民建联/nt, 国民党/nt)?"""
    toks = segmenter.tag(rest)
    return len(toks) == 1 and toks[0].tag == ORG_NAME_TAG


def _is_name(name: str) -> bool:
    """Is ``name``, before a noun of an elder (张秀英|奶奶), a person's name: its last word tagged a name, or no word
    of the dictionary (not 保安|阿伯, 门卫|大爷: a job and the noun, one unnamed person)?"""
    toks = segmenter.tag(name)
    return len(toks) >= 1 and (toks[-1].tag in NAME_TAGS or not segmenter.is_word(name))


def _title_after_name(toks: list[segmenter.Token]) -> str | None:
    """The title or job ending the words ``toks`` (研究员, 议员, 副局长, 副/市长: the deputy's 副 joined to the title,
    ``toks`` then ending in the one word), or None."""
    if len(toks) >= 3 and toks[-2].word in _RANKS and toks[-2].end == toks[-1].start:
        _join_last_two(toks)
    if len(toks) >= 3 and _committee(toks[-2]) and toks[-1].word.endswith(LOCAL_OFFICE_ENDS):
        _join_last_two(toks)  # 区委|副书记: the committee's secretary, one title
    word = toks[-1].word if toks else ""
    if not office_word(word) and not _head_office(toks[-1] if toks else None):
        return None
    joined = toks[-2].word in OFFICE_JOINERS or toks[-2].word in OFFICE_LIST_MARKS if len(toks) >= 2 else False
    if len(toks) >= 4 and joined and office_word(toks[-3].word):
        _join_last_two(toks)  # 董事长|兼|总经理, 董事长|、|总经理: two offices one person holds, one title
        _join_last_two(toks)
    return toks[-1].word


def _head_office(t: segmenter.Token | None) -> bool:
    """Is ``t`` a noun of three characters or more ending as the title of a body's head or officer does (秘书长,
    理事长, 副秘书长: ``titles_zh.OFFICE_ENDS``), which the tables of titles may lack (王明|秘书长: the name first)?"""
    return t is not None and t.tag == "n" and len(t.word) >= 3 and t.word.endswith(OFFICE_ENDS)


def _join_last_two(toks: list[segmenter.Token]) -> None:
    """Join the last two of ``toks`` into one word, tagged as the last (副|局长 -> 副局长)."""
    toks[-2:] = [segmenter.Token(toks[-2].word + toks[-1].word, toks[-1].tag, toks[-2].start, toks[-1].end)]


def _committee(t: segmenter.Token) -> bool:
    """Is ``t`` a committee's short name, written before its officer's title (区委, 县委, 省委, 党委)?"""
    return len(t.word) == 2 and t.word.endswith(COMMITTEE_END)


# The marks of rank jieba reads apart from the title after them (副/局长, 首席/执行官).
_RANKS = RANK_MARKS[:2]


def _name_before_title(rest: str) -> str | None:
    """The name ending ``rest``, the words before a title: all of it when short, a name of four characters the
    segmenter cut in pieces it tags as parts of names (落实|其美/多吉: no surname of the tables, whatever a
    character inside it is; not 美多吉), else a surname and its given name."""
    if len(rest) <= 3 and all(is_cjk_char(c) for c in rest):
        return rest
    return _pieces_at_end(rest) or _married_at_end(rest) or _name_word_at_end(rest) or N.name_at_end(rest)


def _married_at_end(rest: str) -> str | None:
    """The married name of four characters (two single surnames, then a given name of two: 陈李志强, 张王建国) ending
    ``rest``: all of it, or the last word the segmenter reads as a name; None otherwise (not 王建国 of 张王建国)."""
    four = rest[-4:]
    married = len(four) == 4 and four[0] in SURNAMES and four[1] in SURNAMES and all(is_cjk_char(c) for c in four)
    if not married or len(rest) == 4:
        return four if married else None
    last = segmenter.tag(rest)[-1]
    return four if last.word == four and last.tag in NAME_TAGS else None


def _name_word_at_end(rest: str) -> str | None:
    """The last word of ``rest`` when the segmenter reads it as one name of three characters or more (古丽娜尔,
    斯琴高娃: a minority's name, whose first character may be a surname's of the tables: not 古丽|娜尔)."""
    toks = segmenter.tag(rest)
    last = toks[-1] if toks else None
    return last.word if last is not None and last.tag in NAME_TAGS and len(last.word) >= 3 else None


def _pieces_at_end(rest: str) -> str | None:
    """The last four characters of ``rest`` when a word starts there and they are one name in pieces
    (:func:`.names_without_surname_zh.name_of_pieces`), or in pieces tagged places (扎西/ns 顿珠/ns:
    :func:`.pieces_zh.name_of_place_pieces`)."""
    at = len(rest) - 4
    if at < 0 or at > 0 and not N.word_ends_at(rest, at):
        return None
    return rest[at:] if name_of_pieces(rest[at:]) or name_of_place_pieces(rest[at:]) else None


def _modifier(words: str) -> bool:
    """Are ``words`` before a title no name but what describes the person: a demonstrative or a number opening them
    (这位, 该名, 一位), or the particle 的 closing them (新来的|老师, 学校的|校长: a clause or an owner)?"""
    toks = segmenter.tag(words)
    return bool(toks) and (toks[0].tag in ("r", "rz", "m", "mq") or toks[-1].tag == "uj" or _field(toks))


def _field(toks: tuple[segmenter.Token, ...]) -> bool:
    """Are the words before a title one word of the dictionary jieba tags a common noun, a verb or an abbreviation
    (环保/j|部长, 体育/vn|部长, 城管/n|部长), opening with no surname: the field of the office, no name (a name it
    knows is tagged one: 扎西/ns; a word opening with a surname may be a name: 马力/n|部长)?"""
    t = toks[0]
    return len(toks) == 1 and t.tag in _FIELD_TAGS and t.word[0] not in SURNAMES and segmenter.is_word(t.word)


# Tags of a dictionary word that is a field of an office before its title: a noun, a verb, an abbreviation.
_FIELD_TAGS = frozenset("n vn v j an a".split())
