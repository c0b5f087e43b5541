"""A Chinese organisation named again by a demonstrative and its head noun (市场监管局… 该局表示 -> 市场监管局)."""

from __future__ import annotations

from ...lexicon.bodies_zh import BODY_POINTERS, DOC_NOUNS, ORG_HEADS, PARTY_SIDES
from ...lexicon.function_words_zh import COORDINATORS, DEMONSTRATIVES
from ...lexicon.people_nouns_zh import (
    KIN_NOUNS,
    NOUNS_AFTER_NAMES,
    PAIR_WORDS,
    PEOPLE_KIND_ENDS,
    PERSON_POINTERS,
    WRITER_WORDS,
)
from ...lexicon.personal_names_zh import DOUBLE_SURNAMES, SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.titles_zh import TITLE_ENDS, TITLE_HEADS, TITLE_RANKS, TITLES_OF_KIND
from ...text import mentions_back
from .. import segmenter
from .kin_back_zh import kin_read_back
from .names_zh import given_name, person_word, role_noun
from .old_person_zh import old_person_named_before
from .phrases import Who

# How many characters an organisation's name may run before its head.
_NAME_SIZE = 12
# Tags of the words an organisation's name is made of (市场/n 监管/vn 局/n, 市/n 教育局/nt).
_NAME_TAGS = ("n", "vn", "j", "ns", "nt", "nz")


def org_named_before(text: str, seg: str, start: int) -> Who | None:
    """The organisation ``seg`` (该局, 这家公司: a demonstrative and an organisation's head) stands for: the
    last one named before ``start`` in ``text`` with the same head, as written there; None if none is."""
    pointer = next((p for p in BODY_POINTERS if seg.startswith(p)), None)
    head = seg[len(pointer) :] if pointer else PARTY_SIDES.get(seg, "") or _bare_head(seg)
    if not head or not head.endswith(ORG_HEADS) or len(head) > 4:
        return None
    at = start
    for _ in range(_LOOKS):
        at = text.rfind(head, 0, at)
        while at > 0 and text[at - 1] in "该这此":
            at = text.rfind(head, 0, at - 1)
        if at <= 0:
            return None
        name = _org_name_ending(text, at + len(head), head)
        if name is None:
            return None
        if name[:1] not in _NUMERALS:
            return Who(name, "org", start=start) if len(name) > len(head) else None
    return None  # (六大业务集团: a count of bodies, no one named; the one before is looked at)


def _bare_head(seg: str) -> str:
    """``seg`` when it is an organisation's head alone, a word of the dictionary (法院, 公司, 医院: the one named
    before in full, 黑龙江省高级法院…。法院认为), not a person's name (王建国), else ""."""
    bare = 2 <= len(seg) <= 3 and seg.endswith(ORG_HEADS) and segmenter.is_word(seg) and not _named_person(seg)
    return seg if bare else ""


def _named_person(seg: str) -> bool:
    """Is ``seg`` a person's name the dictionary holds, whose last character only looks like a body's head
    (王建国, 李建军: 国 and 军 end bodies' names too), not a body named again?"""
    toks = segmenter.tag(seg)
    return len(toks) == 1 and toks[0].tag in NAME_TAGS


# How many earlier mentions of the head are looked at, and what opens a count of bodies (六大业务集团).
_LOOKS = 3
_NUMERALS = frozenset("一二两三四五六七八九十百几数多各")


def _org_name_ending(text: str, end: int, head: str) -> str | None:
    """The organisation's name that ends with ``head`` at ``end`` (阿里巴巴集团), "" when only the head is
    written, None when the head is part of a longer word (局 in 局面)."""
    lo = max(0, end - _NAME_SIZE - len(head))
    toks = segmenter.tag(text[lo:end])
    if not toks or toks[-1].end != end - lo:
        return None
    i = len(toks)
    while i > 0 and toks[i - 1].tag.startswith(_NAME_TAGS) and toks[i - 1].word not in WRITER_WORDS:
        i -= 1
    return text[lo + toks[i].start : end] if i < len(toks) else ""


def pointed_at(seg: str) -> bool:
    """Is ``seg`` a demonstrative and nouns that are no organisation (该报道, 这项研究, 该公司董事)? Such a source
    was named before, if at all (该公司 stays an organisation); a phrase that points is never a name."""
    toks = segmenter.tag(seg)
    rest = toks[1:]
    # (one word of no name, or nouns only: 该案律师付建/v is a name jieba read as a verb)
    nouns = len(rest) == 1 and rest[0].tag not in NAME_TAGS or all(_common_noun(t) for t in rest)
    document = len(rest) == 1 and rest[0].word in DOC_NOUNS  # (该研报, 该年报: a document ending as a paper's name)
    return (
        len(toks) >= 2 and toks[0].tag in ("r", "rz") and toks[0].word[0] in DEMONSTRATIVES
        and (document or not seg.endswith(ORG_HEADS)) and nouns
    )


def _common_noun(t: segmenter.Token) -> bool:
    return t.tag.startswith("n") and t.tag not in NAME_TAGS


# How far back the two people a pair word stands for are looked for.
_PAIR_REACH = 120


def pair_named_before(text: str, seg: str, start: int) -> Who | None:
    """Two people named again together (二人, 两人, 夫妇): the first of the last two names joined before
    ``start`` (王明和李华…。二人均称 -> 王明, who speaks for both, as 王明和李华称 does); a description when
    no two are named. None when ``seg`` is no such word."""
    if seg not in PAIR_WORDS:
        return None
    lo = max(0, start - _PAIR_REACH)
    toks = segmenter.tag(text[lo:start])
    for i in range(len(toks) - 3, -1, -1):
        a, link, b = toks[i], toks[i + 1], toks[i + 2]
        if person_word(a) and link.word in COORDINATORS and person_word(b):
            return Who(a.word, "person", start=start)
    return Who(seg, "desc", role=seg, start=start)


def kin_named_before(text: str, seg: str, start: int) -> Who | None:
    """A relative named again by the kin noun alone (女儿, 妻子), or a person by the title alone (律师): the person
    that noun last stood right before in ``text`` before ``start`` (她的女儿汤兰兰… 女儿说 -> 汤兰兰, 代理律师李华…
    律师认为 -> 李华), with the noun as role; None if none."""
    if seg not in KIN_NOUNS and not _title_alone(seg):
        return None
    for at in mentions_back(text, seg, start):
        name = _name_at_noun(text, seg, at)
        if name is not None:
            return Who(name, "person", role=seg, start=start)
    return None


def named_by_noun(page: str, mention: str) -> str | None:
    """The person ``mention`` (这位律师, 律师, 妻子) stands for in ``page``, the text before it (traditional
    characters read as simplified), as ``page`` writes the name: see :func:`pointed_person_named_before` and
    :func:`kin_named_before`."""
    plain, simp = segmenter.to_simplified(page), segmenter.to_simplified(mention)
    who = pointed_person_named_before(plain, simp, len(plain)) or kin_named_before(plain, simp, len(plain))
    back = kin_read_back(plain, simp) if who is None else None  # (张华的儿子张小龙… 他的父亲 -> 张华)
    back = back or (old_person_named_before(plain, simp) if who is None else None)  # (退休教师王桂兰… 老人说)
    if back is not None:
        who = Who(back, "person", role=simp)
    if who is None:
        return None
    at = plain.rfind(who.mention)
    return page[at : at + len(who.mention)] if at >= 0 else who.mention


def pointed_person_named_before(text: str, seg: str, start: int) -> Who | None:
    """A person named again by a demonstrative and the noun that stood right before their name (市长李刚…
    这位市长强调 -> 李刚, 涉事男子张某… 该男子称 -> 张某, 负责人刘洋… 该负责人表示 -> 刘洋), the noun as role;
    None when ``seg`` is no such phrase or no such name is written before ``start``."""
    pointer = next((p for p in PERSON_POINTERS if seg.startswith(p)), None)
    noun = seg[len(pointer) :] if pointer is not None else ""
    if not 2 <= len(noun) <= 4:
        return None
    # A noun of a kind (该负责人, 这位专家) names again whoever was named after a title of that kind (局长张大海,
    # 教授李国祥): the name written last after any of them.
    at, name = _named_after(text, noun, start)
    kinds = (_named_after(text, title, start) for title in TITLES_OF_KIND.get(noun, ()))
    kind_at, kind_name = max(kinds, key=lambda found: found[0], default=(-1, None))
    if kind_at > max(at, _unnamed_mention(text, noun, start)):  # (not past 相关负责人介绍: one left unnamed)
        at, name = kind_at, kind_name
    return Who(name, "person", role=noun, start=start) if name is not None else None


def _unnamed_mention(text: str, noun: str, start: int) -> int:
    """Where ``noun`` is written last before ``start``, not after a demonstrative (市教委相关负责人介绍); -1 if
    nowhere."""
    at = text.rfind(noun, 0, start)
    while at > 0 and any(text.endswith(p, 0, at) for p in PERSON_POINTERS):
        at = text.rfind(noun, 0, at)
    return at


def _named_after(text: str, noun: str, start: int) -> tuple[int, str | None]:
    """Where ``noun`` is written last before ``start`` with a name right after it, and that name; (-1, None)."""
    for at in mentions_back(text, noun, start, _NOUN_LOOKS):
        name = _name_at_noun(text, noun, at)
        if name is not None:
            return at, name
    return -1, None


def _name_at_noun(text: str, noun: str, at: int) -> str | None:
    """The name written right after ``noun`` at ``at`` (律师李华), or right before it when the noun is one set after
    names (陈秀英老人); None when there is none or ``noun`` ends a ranked title there (副区长王红 holds another office
    than 区长)."""
    if _ranked_office(text, noun, at):
        return None
    return _name_opening(segmenter.tag(text[at + len(noun) : at + len(noun) + 6])) or _name_before(text, noun, at)


def _ranked_office(text: str, noun: str, at: int) -> bool:
    """Is ``noun`` at ``at`` the end of a ranked title (副区长, 代市长), an office other than the bare ``noun``?"""
    return not noun.startswith(TITLE_RANKS) and text.endswith(TITLE_RANKS, 0, at)


def _name_before(text: str, noun: str, at: int) -> str | None:
    """The person's name written right before ``noun`` at ``at`` when the noun is one set after names (陈秀英老人,
    王小明同学) or a title, which follows a full name as often as it precedes it (王志刚院长, 陈国华市长: a name of two
    characters or more, no lone surname as in 张局长 or 司马主任); None otherwise."""
    title = noun in TITLE_HEADS
    if noun not in NOUNS_AFTER_NAMES and not title:
        return None
    toks = segmenter.tag(text[max(0, at - _NAME_REACH) : at])
    last = toks[-1] if toks else None
    surname_only = len(last.word) < 2 or last.word in DOUBLE_SURNAMES if last is not None else True  # (司马主任)
    return last.word if last is not None and person_word(last) and not (title and surname_only) else None


# How many characters before a noun set after names its name is read in.
_NAME_REACH = 6


# How many earlier mentions of a noun a demonstrative points back at (这位市长, 该男子) are looked at.
_NOUN_LOOKS = 4


def _title_alone(seg: str) -> bool:
    """Is ``seg`` a title or a job by itself (律师, 村支书, 发言人), written as a person's name was before it
    (代理律师李华…。律师认为… -> 李华)?"""
    if not 2 <= len(seg) <= 4 or seg in WRITER_WORDS:
        return False
    if not seg.endswith((*TITLE_HEADS, *TITLE_ENDS, "支书")) and not _kind_noun(seg):
        return False
    return not any(person_word(t) for t in segmenter.tag(seg))


def _kind_noun(seg: str) -> bool:
    """Is ``seg`` one dictionary noun of a kind of person (司机, 店主, 患者) or a job (快递员): the noun written before
    a name (司机刘某) that names them again alone?"""
    toks = segmenter.tag(seg)
    if len(toks) != 1 or toks[0].tag != "n":
        return False
    return segmenter.is_word(seg) and seg.endswith(PEOPLE_KIND_ENDS) or role_noun(seg)


def _name_opening(toks: tuple[segmenter.Token, ...]) -> str | None:
    """The person's name ``toks`` open with: one name word, or a lone surname and its given name (汤/兰兰); not a
    preposition that is also a surname and its object (向/记者, 对/警方: the one spoken to)."""
    if toks and person_word(toks[0]):
        return toks[0].word
    surname = len(toks) >= 2 and toks[0].word in SURNAMES and toks[0].tag != "p"
    if surname and given_name(toks, 1) and toks[1].tag.startswith("n"):
        return toks[0].word + toks[1].word
    return None
