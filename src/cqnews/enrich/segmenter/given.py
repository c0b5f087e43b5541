"""A surname and its given name that jieba reads apart, joined (repairs of ``core.REPAIRS``): after a title
(议员/谭/文豪 -> 谭文豪), before an honorific or a title (付/小姐 -> 付小姐), a given name's last character read as a
verb, a noun or a localiser (李家/超/今日/表示 -> 李家超, 张大/中 -> 张大中), and a name read by its sounds with a
"verb" after it (吉克阿/nrt 呷/v -> 吉克阿呷)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.bodies_zh import SIDE_NOUNS
from ...lexicon.cue_words_zh import SAY_AFTER_NAME, SAYING_VERBS
from ...lexicon.people_nouns_zh import NOT_SPEAKER_WORDS, PERSON_NOUN_ENDS
from ...lexicon.personal_names_zh import (
    ADVERBS_AFTER_SURNAME,
    DOUBLE_SURNAMES,
    GIVEN_END_VERBS,
    HONORIFICS,
    NOT_GIVEN_ENDS,
    NOT_GIVEN_VERBS,
    NOT_NAME_WORDS,
    SURNAMES,
    SURNAMES_READ_AS_PREPOSITIONS,
)
from ...lexicon.pos_tags_zh import NAME_TAGS, NEVER_TAGS
from ...lexicon.punctuation_zh import ZH_COLON_FORMS
from ...lexicon.segmenter_repairs_zh import GLUED_AFTER_NAME
from ...lexicon.titles_zh import JOINED_TITLES, LOCAL_OFFICE_ENDS, SURNAME_TITLES, TITLE_ENDS, TITLES_TAGGED_OTHERWISE
from ...text import is_cjk_char
from .base import Token, at, joined, last, retag, said_or_end, title_token


def given_read_as_verb(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """李家/超/今日/表示 -> 李家超/今日/表示, 张大/勇/表示 -> 张大勇: a one-character "verb" or noun between a
    two-character name and a time word, a verb of saying or a colon ends the name (no subject between)."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    if (
        prev is not None and t.tag in GIVEN_READ_TAGS and len(t.word) == 1 and is_cjk_char(t.word)
        and (prev.tag in NAME_TAGS or prev.tag == "m" and _family_word(prev.word))  # (许家/m 印: 许 "about")
        and len(prev.word) == 2 and prev.word[0] in SURNAMES
        and (nxt is None and _ends_text(prev, t) or nxt is not None and _ends_given(prev, nxt))
        and t.word not in NOT_GIVEN_VERBS and (t.tag == "v" or t.word not in GLUED_AFTER_NAME)
    ):
        return [joined(prev, t, "nr")]
    return None


def and_ends_family_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """总干事/黄家/n 和/c 指出 -> 黄家和/指出: 和 after a surname and 家 (a word of the dictionary, the Huang family)
    and before a verb of saying, a colon, a time word or the end of the text (the phrase before a cue, read alone)
    joins nothing (no noun after it): it ends the given name."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    if (
        prev is not None and t.word == AND_IN_GIVEN and t.tag == "c" and prev.end == t.start
        and len(prev.word) == 2 and prev.word[0] in SURNAMES and _family_word(prev.word)
        and prev.tag in _FAMILY_WORD_TAGS and (nxt is None or t.end == nxt.start and _ends_name_before(nxt))
    ):
        return [joined(prev, t, "nr")]
    return None


# The conjunction 和 (and), the end of given names too (黄家和, 李和): see and_ends_family_name.
AND_IN_GIVEN = "和"
# Tags jieba gives a surname and 家 (黄家/n, 李家/nrfg, 许家/m).
_FAMILY_WORD_TAGS = NAME_TAGS | frozenset("n m".split())


def morpheme_ends_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """村支书/王国/ns 庆/vg 也/d -> 村支书/王国庆/nr 也: a character jieba tags a bound morpheme (庆/vg, 秀/ag: no word
    alone) right after a word of two characters opening with a surname that its dictionary reads as a place or a
    name (王国/ns), no predicate after it (an adverb, a verb, a time word, a mark or the end), is that name's last
    character, when a noun of a person or a title comes before the name or a verb of saying after it."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    if prev is None or prev.tag not in _NAME_READ_TAGS or len(prev.word) != 2 or prev.word[0] not in SURNAMES:
        return None
    if prev.end != t.start or not is_cjk_char(t.word) or nxt is not None and nxt.tag not in _AFTER_NAME_TAGS:
        return None
    before = out[-2] if len(out) >= 2 else None
    person = before is not None and (before.tag == "n" or before.word in TITLES_TAGGED_OTHERWISE) and (
        before.word.endswith((*PERSON_NOUN_ENDS, *TITLE_ENDS, *LOCAL_OFFICE_ENDS))  # (村支书, 镇长/v)
    )
    if not person and not said_or_end(nxt):
        return None
    return [joined(prev, t, "nr")]


# Tags of a bound morpheme (庆/vg, 秀/ag), of a word of two characters a name's first two are read as (王国/ns), and of
# the word after a name that opens no noun phrase with it (也/d, 来/v, 今天/t, 。/x).
BOUND_MORPHEME_TAGS = frozenset("vg ag".split())
_NAME_READ_TAGS = frozenset("ns nr nz".split())
_AFTER_NAME_TAGS = frozenset("d ad v t p x".split())


def sound_read_as_verb(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """吉克阿/nrt 呷/v 表示 -> 吉克阿呷/nrt: a one-character "verb" between a name read by its sounds (Yi, Tibetan and
    foreign names jieba tags nrt) and a verb of saying is the name's last character (no predicate between)."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    if (
        prev is not None and prev.tag == "nrt" and 2 <= len(prev.word) <= 3 and prev.end == t.start
        and t.tag in GIVEN_READ_TAGS and len(t.word) == 1 and is_cjk_char(t.word)
        and t.word not in NOT_GIVEN_VERBS and said_or_end(nxt)
    ):
        return [joined(prev, t, "nrt")]
    return None


def surname_read_as_preposition(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """农机手/向/p 立新/d 说 -> 农机手/向立新/nr 说, 种粮大户/向/红/a 说 -> 向红: a surname jieba reads as a preposition
    (``personal_names_zh.SURNAMES_READ_AS_PREPOSITIONS``) right after a noun of a kind of person, then a word of one or
    two characters that is no common noun nor pronoun (the one spoken to: 村民向记者说, 他向大家说), then a verb of
    saying or the end of the text (the speaker readers tag a subject alone), is a name: the person the noun
    describes, the one who speaks."""
    prev, t, given, after = last(out), tokens[i], at(tokens, i + 1), at(tokens, i + 2)
    if t.word not in SURNAMES_READ_AS_PREPOSITIONS or t.tag != "p" or prev is None or given is None:
        return None
    person = prev.tag.startswith("n") and prev.tag not in NAME_TAGS and prev.word.endswith(PERSON_NOUN_ENDS)
    if not person or not said_or_end(after) or given.start != t.end:
        return None
    if not 1 <= len(given.word) <= 2 or not all(map(is_cjk_char, given.word)) or given.tag not in _GIVEN_AFTER_P_TAGS:
        return None
    return [joined(t, given, "nr")]


# Tags of the given name after a surname read as a preposition (立新/d, 红/a, 明/nr, 华/ng): no noun, no pronoun.
_GIVEN_AFTER_P_TAGS = frozenset("a d nr nz ng zg j".split())


def _ends_text(prev: Token, t: Token) -> bool:
    """Does the one character ``t`` ending the text end the name ``prev`` before it: after a family word (许家/印), or a
    "verb" that no predicate ends on (陈秀/如, 林育/如: the phrase before a cue, 陈秀如|说, read alone)?"""
    return _family_word(prev.word) or t.tag == "v" and t.word in GIVEN_END_VERBS


def _ends_given(prev: Token, nxt: Token) -> bool:
    """Does ``nxt`` end the name ``prev`` and the character after it: no predicate between (see below), or a verb
    after a family word (李家/超/出席)? A family word and one character end a phrase as a name too (许家/印)."""
    return _ends_name_before(nxt) or _family_word(prev.word) and nxt.tag in ("v", "l")


def _ends_name_before(nxt: Token) -> bool:
    """Does ``nxt`` follow a name and no predicate: a time word, a verb of saying, a colon?"""
    return nxt.tag == "t" or nxt.word in SAY_AFTER_NAME or nxt.word in ZH_COLON_FORMS


def _family_word(word: str) -> bool:
    """Is ``word`` a surname and 家 (李家, 王家), a word of the dictionary (the Li family) that jieba reads off
    the front of a name (李家/超/出席: a verb after it shows 超 is no verb but the name's end)?"""
    return word[1:] == "家"


# Tags of the last character of a given name read apart (李家/超/v, 张大/勇/n): a verb, a noun, a morpheme.
GIVEN_READ_TAGS = frozenset("v n ng zg".split())

def join_titles(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """付/小姐 -> 付小姐, 张/教授 -> 张教授, 司马/主任 -> 司马主任: a lone surname (single or double) before an
    honorific or a title is a name."""
    prev, t = last(out), tokens[i]
    if (
        prev is not None and (len(prev.word) == 1 and prev.word in SURNAMES or prev.word in DOUBLE_SURNAMES)
        and (t.word in HONORIFICS or t.word in SURNAME_TITLES or t.word in JOINED_TITLES)
        and (len(out) < 2 or out[-2].tag not in NAME_TAGS)
    ):
        return [joined(prev, t, "nr")]
    if prev is not None and (_given_localiser(out, t) or _given_name_after_surname(out, t)):
        return [joined(prev, t, "nr")]  # 张大/中 -> 张大中
    if len(t.word) == 3 and t.word[0] in SURNAMES and t.word[1:] in HONORIFICS:
        return [retag(t, "nr")]  # 王先生 as jieba tags it, or not
    return None


# Tags of a single character that ends a two-character name before it: localisers, adjectives and the
# rare characters jieba has no word for (朱凯/廸).
_GIVEN_NAME_TAGS = frozenset("f a zg ng g".split())


def names_after_titles(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """议员/谭/文豪 -> 议员/谭文豪, 议员/郭家/麒 -> 议员/郭家麒, 议员/黄/碧云 -> 议员/黄碧云: after a title,
    a surname and the one or two characters jieba cut off it or read as a word are one name."""
    t = tokens[i]
    if i + 2 < len(tokens) and title_token(t) and _surname_and_given(tokens[i + 1], tokens[i + 2], at(tokens, i + 3)):
        a, b = tokens[i + 1], tokens[i + 2]
        return [t, joined(a, b, "nr")]
    titled = title_token(t) or t.word in TITLES_TAGGED_OTHERWISE  # (镇长/v: made a noun by a later repair)
    if i + 1 < len(tokens) and titled and _name_read_as_noun(tokens[i + 1], at(tokens, i + 2)):
        name = tokens[i + 1]
        return [t, Token(name.word, "nr", name.start, name.end)]  # 区长/文军/n 表示 -> 区长/文军/nr 表示
    return None


def _name_read_as_noun(t: Token, after: Token | None) -> bool:
    """Is ``t``, right after a title, a name of two characters jieba reads as a common noun, a place or an adjective
    (区长/文军/n 表示, 县长/高山/ns 说, 局长/严明/a 表示: no adjective stands between a title and its cue without 地):
    a surname first, a verb of saying or the end of the text after it (the speaker readers tag
    a subject alone)?"""
    return (
        t.tag in _NAME_READ_AS_WORD_TAGS and len(t.word) == 2 and t.word[0] in SURNAMES
        and all(map(is_cjk_char, t.word)) and said_or_end(after)
        and t.word not in NOT_SPEAKER_WORDS and t.word not in SIDE_NOUNS
        and not t.word.endswith(TITLE_ENDS)
    )


# Tags of a word of the dictionary a two-character name is read as after a title (文军/n, 高山/ns, 严明/a).
_NAME_READ_AS_WORD_TAGS = frozenset("n ns a".split())


def _surname_and_given(a: Token, b: Token, after: Token | None) -> bool:
    """Are ``a`` and ``b`` a name cut in two: a lone surname and a word of one or two characters (a verbal
    noun of two too: 王/建设; an adverb of two before a verb of saying: 黄/立新/d 认为), or a surname and one
    character, and a last character (谭/文豪, 郭家/麒)?"""
    never = a.tag in NEVER_TAGS and not (a.tag == "m" and len(a.word) == 1)  # (许/m, 万/m: surnames read as numbers)
    if not all(is_cjk_char(c) for c in a.word + b.word) or a.word[0] not in SURNAMES or never:
        return False  # (研究生/和/同学: 和 is the conjunction)
    if len(a.word) == 1:
        return 1 <= len(b.word) <= 2 and (
            b.tag in _GIVEN_WORD_TAGS or _verbal_noun_given(b) or _adverb_read_for_given(b, after)
        )
    return len(a.word) == 2 and a.tag in NAME_TAGS and len(b.word) == 1 and b.tag in ("n", *_GIVEN_NAME_TAGS)


def _verbal_noun_given(b: Token) -> bool:
    """Is ``b`` a verbal noun of two characters that may be a given name (王/建设), not a verb of speaking that
    stands before a cue (王家/明/分析/指: 王家明 analyses, no 明分析)?"""
    return b.tag == "vn" and len(b.word) == 2 and b.word not in SAYING_VERBS


def _adverb_read_for_given(b: Token, after: Token | None) -> bool:
    """Is ``b`` a given name jieba reads as an adverb of two characters (立新/d, 永新/d), between a title's lone
    surname and a verb of saying or the end of the text (大学教授/黄/立新/认为: the speaker readers tag a subject
    alone)? A title never names someone by the bare surname, so no
    adverb of a cue stands there; the adverbs that open no speaker (随后, 亲自) and those a surname glues to
    (还, 曾) are kept apart all the same."""
    return (
        b.tag == "d" and len(b.word) == 2 and said_or_end(after)
        and b.word not in NOT_SPEAKER_WORDS and b.word[0] not in ADVERBS_AFTER_SURNAME
    )


def _given_name_after_surname(out: list[Token], t: Token) -> bool:
    """Is ``t`` the given name of the lone surname jieba tagged as a name before it (钟/nr 翰林/nz), or of a
    rare surname jieba has no word for (禤/x 国/n), or a given name jieba tags one after any character it tags a
    name (蹇/nr 志强/nrfg, a surname of no table)?"""
    prev = out[-1]
    if prev.tag == "nr" and len(prev.word) == 1 and t.tag == "nrfg" and len(t.word) == 2 and is_cjk_char(prev.word):
        return True  # 蹇/nr 志强/nrfg: a surname the tables lack, before what jieba's dictionary holds as a given name
    if prev.tag in _SURNAME_READ_AS_NOUN and prev.word in SURNAMES and t.tag == "nrfg" and len(t.word) == 2:
        return True  # 钱/n 志远/nrfg: a surname read as a noun, before a given name of jieba's dictionary
    if _two_surnames(prev) and len(t.word) == 2 and (t.tag == "nrfg" or t.tag == "nr" and t.word[0] not in SURNAMES):
        return True  # 陈李/nr 志强/nrfg, 黄何/nr 美玲/nr: a married name's two surnames, then the given name
    if _two_surnames(prev) and len(t.word) == 2 and t.tag == "nz" and all(is_cjk_char(c) for c in t.word):
        return True  # 范徐/nrfg 振华/nz: a given name the dictionary holds as a proper noun
    surname = prev.word in SURNAMES or prev.tag == "nr" and len(prev.word) == 1 and is_cjk_char(prev.word)  # (仝/nr)
    return (
        prev.tag in _LONE_SURNAME_TAGS and len(prev.word) == 1 and surname and 1 <= len(t.word) <= 2
        and t.tag in _GIVEN_WORD_TAGS and all(is_cjk_char(c) for c in t.word)
        and t.word not in SURNAME_TITLES and t.word not in HONORIFICS and not t.word.endswith(TITLE_ENDS)
    )


def _two_surnames(t: Token) -> bool:
    """Is ``t`` two one-character surnames jieba reads as one name (陈李/nr, 黄何/nr: a married name's)?"""
    return t.tag in NAME_TAGS and len(t.word) == 2 and all(c in SURNAMES for c in t.word)


# Tags of a word that may be the given name after a surname (翰林/nz, 国强/ns, 志强/nrfg).
_GIVEN_WORD_TAGS = frozenset("n nz ns nr nrfg ng a j".split())
# Tags of a lone surname before its given name: a name, or a character jieba knows no word for (禤/x).
_LONE_SURNAME_TAGS = frozenset("nr x zg".split())
# Tags jieba gives a surname it reads as a common word (钱/n, 郑/ns) before a given name it knows (志远/nrfg).
_SURNAME_READ_AS_NOUN = frozenset("n ns ng j".split())


def _given_localiser(out: list[Token], t: Token) -> bool:
    """Is ``t`` a one-character localiser or adjective that ends the two-character name before it
    (张大/中, 蔡子/强), or a name character that is no surname (李俊/慧)? Not after a preposition (在王家/中:
    a place)."""
    prev = out[-1]
    given = t.tag in _GIVEN_NAME_TAGS or t.tag == "nr" and t.word not in SURNAMES
    return (
        given and len(t.word) == 1 and prev.tag in NAME_TAGS and len(prev.word) == 2
        and prev.word[0] in SURNAMES and (len(out) < 2 or out[-2].tag != "p") and t.word not in NOT_GIVEN_ENDS
        and not (t.tag == "f" and prev.word in NOT_NAME_WORDS)  # (在/最后/陈述/nr 中/f: no name, a localiser)
    )
