"""Repairs of a noun of a kind of person of two characters that jieba reads apart, its last character glued to the
name after it: an owner (车主, 失主: 车/主张/女士, 主张 "to claim") or a fellow (跑友: 跑/友林峰). Steps of
:data:`core.REPAIRS`."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.cue_words_zh import SAY_AFTER_CUE, SAY_AFTER_NAME
from ...lexicon.people_nouns_zh import KIN_NOUNS, PEOPLE_KIND_END_CHARS, PEOPLE_WORDS, PERSON_NOUN_ENDS
from ...lexicon.personal_names_zh import (
    ADDRESS_AFTER_SURNAME,
    FAMILIAR_PREFIXES,
    HONORIFICS,
    NOT_GIVEN_ENDS,
    SURNAMES,
)
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.segmenter_repairs_zh import FIELDS_BEFORE_REN, NOUNS_GLUED_TO_MASHANG
from ...lexicon.titles_zh import JOB_END_CHARS
from ...text import is_cjk_char
from .base import Token, at, char_tag, jieba_tags, joined, known, last, retag, said_or_end

__all__ = [
    "given_read_into_word",
    "grade_read_as_name",
    "household_read_apart",
    "job_end_read_into_surname",
    "kind_end_read_into_surname",
    "noun_end_read_into_name",
    "opens_with_household",
    "opens_with_surname_word",
    "owner_read_into_surname",
    "person_end_read_into_ma",
    "reads_job_end_into_surname",
    "reads_kind_end_into_surname",
    "reads_owner_into_surname",
    "reads_person_end_into_ma",
]

# The ends of a noun of a job or a kind of person of one character (医, 员, 工, 警, 农).
_PERSON_END_CHARS = PEOPLE_KIND_END_CHARS | JOB_END_CHARS
# Tags of a character that is no given name: marks, function words, pronouns, numbers, localisers, verbs.
_NOT_GIVEN_TAGS = ("x", "c", "p", "u", "r", "m", "q", "y", "e", "f", "t", "v", "d")
# The forms of address after a surname that make it one (张女士, 张师傅).
_ADDRESSES = frozenset((*HONORIFICS, *ADDRESS_AFTER_SURNAME))


def reads_owner_into_surname(t: Token) -> bool:
    """Is ``t`` 主 and a surname read as one word (主张, 主管)?"""
    return len(t.word) == 2 and t.word[0] == "主" and t.word[1] in SURNAMES


def owner_read_into_surname(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """车/主张/女士 -> 车主/张女士, 失/主张/先生 -> 失主/张先生: a character, then 主 and a surname read as one word,
    then a form of address, are a noun of an owner the dictionary holds and a surname with that address."""
    prev, t, after = last(out), tokens[i], at(tokens, i + 1)
    if prev is None or len(prev.word) != 1 or prev.end != t.start or after is None or after.word not in _ADDRESSES:
        return None
    owner = prev.word + t.word[0]
    if not known(owner):
        return None
    return [Token(owner, "n", prev.start, t.start + 1), Token(t.word[1] + after.word, "nr", t.start + 1, after.end)]


def noun_end_read_into_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """跑/友林峰/nr -> 跑友/林峰/nr, 快递/员小赵/nr -> 快递员/小赵: a "name" of three characters no dictionary holds
    that opens with no surname but with the end of a noun of a kind of person (友, 员, 工) or a character that makes
    a dictionary word with the word before, and whose last two are a name (a surname first, or 老 or 小 and a
    surname), is the end of that noun and the name; so is one whose first character makes a noun with the last of
    the word before (问村/医刘红 -> 问/村医/刘红, :func:`_noun_across_words`)."""
    prev, t = last(out), tokens[i]
    w = t.word
    if prev is None or prev.end != t.start or len(w) != 3 or t.tag not in NAME_TAGS:
        return None
    familiar = w[1] in FAMILIAR_PREFIXES and w[2] in SURNAMES  # (快递/员小赵: 小赵)
    if w[0] in SURNAMES or w[1] not in SURNAMES and not familiar or known(w):
        return None
    name = Token(w[1:], "nr", t.start + 1, t.end)
    if w[0] in PEOPLE_KIND_END_CHARS or known(prev.word + w[0]):
        return [Token(prev.word + w[0], "n", prev.start, t.start + 1), name]
    return _noun_across_words(prev, t, name)


def _noun_across_words(prev: Token, t: Token, name: Token) -> list[Token] | None:
    """问村/n 医刘红/nr -> 问/村医/刘红: a word of two characters whose first one is a word of its own (问, 找) and
    whose last one and the first of the "name", the end of a noun of a job or a kind of person (医, 员, 工), read
    alone are one noun (村医/n), gives that character to the noun: a person of that kind, and the name (jieba's
    dictionary holds 问村, its model made up 医刘红; not 护士/小周握: 士小 ends no noun of a person)."""
    noun = prev.word[-1] + t.word[0]
    if len(prev.word) != 2 or noun[-1] not in _PERSON_END_CHARS or not known(prev.word[0]) or not _noun_word(noun):
        return None
    lead = Token(prev.word[0], char_tag(prev.word[0]), prev.start, prev.start + 1)
    return [lead, Token(noun, "n", prev.start + 1, t.start + 1), name]


def _noun_word(word: str) -> bool:
    """Is ``word``, read alone, one noun (村医/n)?"""
    tags = jieba_tags(word)
    return len(tags) == 1 and tags[0][1] == "n"


def reads_job_end_into_surname(t: Token) -> bool:
    """Is ``t`` the end of a noun of a job or a kind of person (医, 员, 警) and a surname read as one word no dictionary
    holds (医杨/n)?"""
    w = t.word
    return len(w) == 2 and w[0] in _PERSON_END_CHARS and w[1] in SURNAMES and not known(w)


def job_end_read_into_surname(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """女村/n 医杨/n 红梅/nr -> 女/村医/杨红梅: two characters no dictionary holds, then the end of a noun of a
    job and a surname read as one word, then a given name of one or two characters jieba tags a name, are a
    character of its own (女, a woman), the noun (村医, a village doctor: one noun read alone) and the name;
    网格/员马/丽丽 -> 网格员/马丽丽: after a word of the dictionary, the noun it makes with that end (网格员, a
    grid worker) and the name."""
    prev, t, given = last(out), tokens[i], at(tokens, i + 1)
    if not reads_job_end_into_surname(t) or prev is None or len(prev.word) != 2 or prev.end != t.start:
        return None
    if given is None or given.start != t.end or given.tag not in NAME_TAGS or not 1 <= len(given.word) <= 2:
        return None
    name = Token(t.word[1] + given.word, "nr", t.start + 1, given.end)
    if known(prev.word) and t.word[0] in JOB_END_CHARS:
        return [Token(prev.word + t.word[0], "n", prev.start, t.start + 1), name]  # (网格/员马/丽丽)
    if known(prev.word):
        return None
    noun = prev.word[1] + t.word[0]
    if not _noun_word(noun) or not known(prev.word[0]):
        return None
    lead = Token(prev.word[0], char_tag(prev.word[0]), prev.start, prev.start + 1)
    return [lead, Token(noun, "n", prev.start + 1, t.start + 1), name]


def reads_kind_end_into_surname(t: Token) -> bool:
    """Is ``t`` the end of a noun of a kind of person (农, 工, 民) and a surname read as one word (农林, 工程, 农田)?"""
    return len(t.word) == 2 and t.word[0] in PEOPLE_KIND_END_CHARS and t.word[1] in SURNAMES


def kind_end_read_into_surname(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """果/农林/n 峰 -> 果农/林峰, 电/工程/n 强说 -> 电工/程强说: one character, then the end of a noun of a kind of
    person and a surname read as one word, then one character of a given name (or a given name glued to the cue
    after it), are the noun the dictionary holds (果农, 电工) and the name after it. The one character may be glued
    to the one before it in a word of no dictionary (据电/n 工程 强 -> 据/电工/程强, 老技/n -> 老/技工): split off."""
    prev, t, given = last(out), tokens[i], at(tokens, i + 1)
    if not reads_kind_end_into_surname(t) or prev is None or not _glued_kind_start(prev) or prev.end != t.start:
        return None
    if given is None or given.start != t.end:
        return None
    kind = prev.word[-1] + t.word[0]
    if not known(kind) or not _given_after(given):
        return None
    name = Token(t.word[1] + given.word[0], "nr", t.start + 1, given.start + 1)
    cue = [Token(given.word[1], "v", given.start + 1, given.end)] if len(given.word) == 2 else []
    lead = [Token(prev.word[0], char_tag(prev.word[0]), prev.start, prev.start + 1)] if len(prev.word) == 2 else []
    return [*lead, Token(kind, "n", t.start - 1, t.start + 1), name, *cue]


def _glued_kind_start(prev: Token) -> bool:
    """Is ``prev`` one character, or two jieba's model glued that its dictionary does not hold (据电, 老技)?"""
    return len(prev.word) == 1 or len(prev.word) == 2 and not known(prev.word)


def _given_after(given: Token) -> bool:
    """Is ``given`` one character of a given name (峰/nr, 强/a), or one glued to a one-character cue (强说/v)?"""
    w = given.word
    if not all(map(is_cjk_char, w)) or w[0] in NOT_GIVEN_ENDS:
        return False
    return len(w) == 1 and not given.tag.startswith(_NOT_GIVEN_TAGS) or len(w) == 2 and w[1] in SAY_AFTER_CUE


def grade_read_as_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """高三/nr 学生 -> 高三/n 学生: a school grade jieba reads as a surname and a numeral, right before a noun, is the
    grade of the person that noun names, no name."""
    t, after = tokens[i], at(tokens, i + 1)
    if after is None or not after.tag.startswith("n") or after.tag in NAME_TAGS:
        return None
    return [retag(t, "n")]


def reads_kin_as_name(t: Token) -> bool:
    """Is ``t`` a noun of kin with the 儿 of northern speech that jieba tags a name (老伴儿/nr, 孙女儿/nr)?"""
    return t.tag in NAME_TAGS and t.word.endswith(_ERHUA) and t.word in _KIN


_KIN = frozenset(KIN_NOUNS)
_ERHUA = "儿"


def kin_read_as_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """张大爷的|老伴儿/nr -> 老伴儿/n: a noun of kin is a noun, one's spouse or grandchild, no one's name."""
    t = tokens[i]
    return [retag(t, "n")] if reads_kin_as_name(t) else None


def reads_teacher_into_name(t: Token) -> bool:
    """Is ``t`` a name jieba's model made of the second character of 老师 (a teacher), a surname and a given name
    (老/a 师范雨欣/nr: 师范, a normal school, is a word of its dictionary)?"""
    return t.tag in NAME_TAGS and 3 <= len(t.word) <= 4 and t.word[0] == _TEACHER[1] and t.word[1] in SURNAMES


def teacher_read_into_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """支教/老/a 师范雨欣/nr 说 -> 支教/老师/n 范雨欣/nr 说: 老 and the name after it that opens with 师 and a surname
    are the noun 老师 and the teacher's name."""
    prev, t = last(out), tokens[i]
    if prev is None or prev.word != _TEACHER[0] or prev.end != t.start or not reads_teacher_into_name(t):
        return None
    return [Token(_TEACHER, "n", prev.start, t.start + 1), Token(t.word[1:], "nr", t.start + 1, t.end)]


# A teacher, whose 师 jieba may read into the name after it.
_TEACHER = "老师"


def household_read_apart(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """种植/v 户/q 吴建军 -> 种植户/吴建军, 种植/v 户付/n 国强/n -> 种植户/付国强: 户 (a household) right after a verb
    of two characters ends a noun of a kind of person (种植户, 脱贫户: a household that grows, that left poverty) when a
    name follows it, whole or from a surname jieba glued to 户; jieba reads it as a measure word or that glued word."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    w = t.word
    if prev is None or len(prev.word) != 2 or not prev.tag.startswith("v") or prev.end != t.start or nxt is None:
        return None
    kind = Token(prev.word + _HOUSEHOLD, "n", prev.start, t.start + 1)
    if w == _HOUSEHOLD and nxt.tag in NAME_TAGS and nxt.start == t.end and nxt.word[0] in SURNAMES:
        return [kind]
    given = 1 <= len(nxt.word) <= 2 and nxt.tag[:1] == "n" and all(map(is_cjk_char, nxt.word)) and nxt.start == t.end
    if len(w) == 2 and w[1] in SURNAMES and given:
        return [kind, Token(w[1] + nxt.word, "nr", t.start + 1, nxt.end)]
    return None


def opens_with_household(t: Token) -> bool:
    """Is ``t`` 户 alone or 户 and a surname read as one word (户付/n, 户林/n)?"""
    return t.word == _HOUSEHOLD or len(t.word) == 2 and t.word[0] == _HOUSEHOLD and t.word[1] in SURNAMES


# A household, the end of nouns of a kind of person (种植户, 养殖户, 贫困户).
_HOUSEHOLD = "户"


def reads_person_end_into_ma(t: Token) -> bool:
    """Is ``t`` the noun 人马 (troops), which jieba may read across the 人 ending a noun of a person and the surname
    马 (媒体/人马/建国)?"""
    return t.word in NOUNS_GLUED_TO_MASHANG


def person_end_read_into_ma(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """媒体/人马/建国/ns 说 -> 媒体人/马建国, 自/媒体/人马/丽说/v -> 媒体人/马丽/说: after a noun (媒体, 出品, 投资),
    人马 then a given name of two characters (or one glued to a cue of one) are the noun of a person ending in 人
    (媒体人, 出品人: jieba's dictionary may hold none) and the name 马…. Not before 上 (人/马上: .repairs) nor
    before a word no given name is (双方/人马/表示: troops)."""
    prev, t, given = last(out), tokens[i], at(tokens, i + 1)
    if not reads_person_end_into_ma(t) or prev is None or not prev.tag.startswith(("n", "v")) or given is None:
        return None
    adverb = _given_read_as_adverb(prev, tokens, i + 1)
    if adverb is not None and prev.end == t.start and t.end == adverb.start:
        noun = Token(prev.word + t.word[0], "n", prev.start, t.start + 1)
        return [noun, Token(t.word[1] + adverb.word, "nr", t.start + 1, adverb.end)]
    w = given.word
    glued = len(w) == 2 and w[1] in SAY_AFTER_CUE and given.tag.startswith("v") and w[0] not in NOT_GIVEN_ENDS
    whole = len(w) == 2 and not given.tag.startswith(_NOT_GIVEN_TAGS) and all(map(is_cjk_char, w))
    whole = whole or len(w) == 1 and given.tag in NAME_TAGS  # (人马/丽/nr: the text read up to the cue)
    if prev.end != t.start or given.start != t.end or not (glued or whole) or w[0] in NOT_GIVEN_ENDS:
        return None
    noun = Token(prev.word + t.word[0], "n", prev.start, t.start + 1)
    if glued:
        return [
            noun,
            Token(t.word[1] + w[0], "nr", t.start + 1, given.start + 1),
            Token(w[1], "v", given.start + 1, given.end),
        ]
    return [noun, Token(t.word[1] + w, "nr", t.start + 1, given.end)]


def _given_read_as_adverb(prev: Token, tokens: Sequence[Token], i: int) -> Token | None:
    """The given name of two characters after 人马 that jieba reads as an adverb, before a verb of saying, a
    preposition or a time word, or at the end of the text (the phrase before a cue, read alone: 媒体/人马/立新/d 说,
    媒体/人马/立新/d 在节目中表示), when the noun before 人马 makes a noun
    of a person with 人 (媒体人, 出品人; not 双方/人马/一致/d 表示: troops). None otherwise."""
    if prev.word not in FIELDS_BEFORE_REN and not known(prev.word + "人"):
        return None
    given, after = at(tokens, i), at(tokens, i + 1)
    if given is None or given.tag != "d" or len(given.word) != 2 or not all(map(is_cjk_char, given.word)):
        return None
    ends = after is None or given.end == after.start and (after.word in SAY_AFTER_NAME or after.tag in ("p", "t"))
    return given if ends else None


def opens_with_surname_word(t: Token) -> bool:
    """The test of :func:`given_read_into_word`: a common noun of two characters opening with a surname (周长/n)?"""
    return len(t.word) == 2 and t.word[0] in SURNAMES and t.tag == "n"


def given_read_into_word(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """护林员/周长/n 贵/a 指着 -> 护林员/周长贵/nr: right after a noun of a kind of person (护林员, 村民), a word of the
    dictionary opening with a surname (周长 "perimeter") and one character after it that jieba tags an adjective or
    a noun (贵), then a verb or the end, are a surname and its given name: the person the noun describes."""
    prev, t, nxt, after = last(out), tokens[i], at(tokens, i + 1), at(tokens, i + 2)
    if not opens_with_surname_word(t) or prev is None or nxt is None or prev.end != t.start:
        return None
    if nxt.start != t.end or len(nxt.word) != 1:
        return None
    person = prev.tag == "n" and (prev.word.endswith(PERSON_NOUN_ENDS) or prev.word in PEOPLE_WORDS)
    if not person or nxt.tag not in _GIVEN_READ_TAGS or not is_cjk_char(nxt.word) or nxt.word in NOT_GIVEN_ENDS:
        return None
    acts = said_or_end(after) or after is not None and after.start == nxt.end and after.tag.startswith("v")
    return [joined(t, nxt, "nr")] if acts else None


# Tags jieba gives a given name's last character read alone after a word opening with the surname (贵/a, 林/n).
_GIVEN_READ_TAGS = frozenset("a n ng ag".split())
