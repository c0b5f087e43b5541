"""Chinese phrases that describe people and name no one: a plural in 们 (村民们), a job noun after other words
(代表律师), a kind of person (涉事司机, 当地老百姓), someone told by surname only (陈姓男子). Used by
:mod:`.noun_phrase_zh`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon.bodies_zh import ORG_HEADS
from ...lexicon.people_nouns_zh import OWNER_ENDS, PEOPLE_KIND_ENDS, PEOPLE_WORDS
from ...lexicon.personal_names_zh import HONORIFICS, SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.titles_zh import TITLE_ENDS
from .. import segmenter
from . import names_zh as N

__all__ = ["by_surname_only", "job_without_name", "kind_of_person", "plural_noun"]


def plural_noun(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase end with a common noun made plural by 们 (村民们, 专家们), or with a word of people in 们 jieba
    cut off a character before it (老/人们, the elders): a group, never a name?"""
    if len(toks) >= 2 and _people_cut_after_one(toks[-2], toks[-1]):
        return True
    return len(toks) >= 2 and toks[-1].word == "们" and toks[-2].tag.startswith("n") and toks[-2].tag not in NAME_TAGS


def _people_cut_after_one(before: segmenter.Token, last: segmenter.Token) -> bool:
    """Is ``last`` a word of people in 们 (人们/n) right after one adjective of one character jieba cut off it
    (老/a|人们: 老人们, the elders)?"""
    return last.word == "人们" and last.tag == "n" and len(before.word) == 1 and before.tag == "a" and (
        before.end == last.start
    )


def job_without_name(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase end with a job noun of the dictionary (律师, 法官, 议员) after other words, and
    name no one (代表律师, 当值法官)? A bare job noun stands for someone named before. A verb or a distinguishing word
    ending as a body's name does (承办/v|法官, 主办/b|法官, 督办/v|检察官: the case the job is charged with) names no
    body the job is of."""
    last = toks[-1] if len(toks) >= 2 else None
    return (
        last is not None and last.tag == "n" and len(last.word) >= 2 and last.word.endswith(TITLE_ENDS)
        and last.word not in HONORIFICS
        and segmenter.is_word(last.word) and not any(t.tag in NAME_TAGS or t.tag == "nt" for t in toks)
        and not any(t.word.endswith(ORG_HEADS) and not t.tag.startswith(_NO_BODY_TAGS) for t in toks[:-1])
    )


# Tags of a word ending as a body's name does that names no body: verbs and distinguishing words (承办/v, 主办/b).
_NO_BODY_TAGS = ("v", "b")


def kind_of_person(seg: str) -> bool:
    """Does ``seg``, of two words or more, end in a noun of a kind of person (see :func:`role_noun`; a word of the
    dictionary ending as one does: 涉事|司机; one of ordinary people: 当地|老百姓) with no name in it?"""
    toks = segmenter.tag(seg)
    if len(toks) < 2 or any(map(N.named, toks)):
        return False
    last = toks[-1]
    word = last.tag == "n" and segmenter.is_word(last.word) and last.word.endswith(_KIND_WORD_ENDS)  # (司机)
    people = last.word in PEOPLE_WORDS or last.word in QZ.ZH_PERSON_HEADS
    return word or people or len(last.word) <= 3 and N.role_noun(last.word)


# Ends of a dictionary noun of a kind of person (司机, 乘客, 餐馆老板); not 民 or 友, which end given names too (爱民,
# 国友).
_KIND_WORD_ENDS = (*(end for end in PEOPLE_KIND_ENDS if end not in ("民", "友")), *OWNER_ENDS)


def by_surname_only(toks: Sequence[segmenter.Token]) -> bool:
    """Does a surname and 姓 stand before the head (陈姓|男子, 张姓|屋主), or 姓 and a surname before 的 (一名|姓梁|的|
    的士|司机, 一位|姓|王|的|老师): someone told by surname only? (The head is no name then, whatever jieba tags it:
    司机/nr.)"""
    before = [t.word for t in toks[:-1]]
    if any(len(w) == 2 and w[1] == "姓" and w[0] in SURNAMES for w in before):
        return True
    return any(_surname_told(before[i : i + 3]) for i in range(len(before)))


def _surname_told(words: list[str]) -> bool:
    """Do ``words`` open with 姓 and a surname, then 的 (姓梁|的, 姓|王|的)?"""
    lead = words[0]
    if len(lead) == 2 and lead[0] == "姓" and lead[1] in SURNAMES:
        return words[1:2] == ["的"]
    return lead == "姓" and len(words) == 3 and words[1] in SURNAMES and words[2] == "的"
