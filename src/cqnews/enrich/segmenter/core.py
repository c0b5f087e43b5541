"""The tagger (:func:`tag`): rjieba's words and tags, read in simplified characters (:func:`to_simplified`), then
mended by the repairs of :data:`REPAIRS` in turn (see the package's overview, :mod:`cqnews.enrich.segmenter`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ...lexicon import zh_script
from ...lexicon.bodies_zh import PLACE_LEVELS, SIDE_NOUNS
from ...lexicon.cue_words_zh import CUE_ADVERBS, SAY_AFTER_CUE, SAY_AFTER_NAME, SAYING_VERBS
from ...lexicon.function_words_zh import (
    ASPECT_PARTICLES,
    DEMONSTRATIVES,
    LISTENER_PREPOSITIONS,
    LOCALISERS,
    PHRASE_PREPOSITIONS,
)
from ...lexicon.people_nouns_zh import NOT_SPEAKER_WORDS, SCHOOL_GRADE_RE
from ...lexicon.personal_names_zh import (
    ADVERBS_AFTER_SURNAME,
    DOUBLE_SURNAMES,
    FAMILIAR_PREFIXES,
    GIVEN_END_VERBS,
    HONORIFICS,
    NAME_DOTS,
    NOT_GIVEN_ENDS,
    NOT_GIVEN_VERBS,
    SURNAMES,
    TRANSLITERATION_CHARS,
)
from ...lexicon.pos_tags_zh import NAME_TAGS, NEVER_TAGS
from ...lexicon.punctuation_zh import ZH_COLON_FORMS
from ...lexicon.segmenter_repairs_zh import (
    GLUED_ADVERBS,
    GLUED_AFTER_NAME,
    GLUED_FUNCTION_WORDS,
    NAME_GLUED_CONJUNCTIONS,
    NAME_GLUED_VERBS,
    VERBS_BEFORE_PARTICLE,
)
from ...lexicon.time_words_zh import WEEKDAY_WORD_RE
from ...lexicon.titles_zh import JOINED_TITLES, SURNAME_TITLES, TITLE_ENDS
from ...text import is_cjk_char
from .accounts import account_word, needs_account_word
from .aspect import verb_before_aspect
from .base import Step, Token, always, at, char_tag, jieba_tags, known, last, load, repair, said_or_end, title_token
from .dotted import join_dotted
from .glued import (
    GLUED_ENDS,
    adverb_read_in_idiom,
    again_read_as_besides,
    given_glued_after_double_surname,
    given_glued_to_adverb,
    given_glued_to_cue,
    idiom_of_four,
    last_character_off_name,
    may_end_glued_to_name,
    opens_voice_say,
    speaker_read_in_idiom,
    verb_glued_into_name,
    voice_read_apart,
)
from .married import join_married
from .minority import join_minority, opens_minority_name
from .person_nouns import (
    grade_read_as_name,
    kind_end_read_into_surname,
    noun_end_read_into_name,
    owner_read_into_surname,
    reads_kind_end_into_surname,
    reads_owner_into_surname,
)
from .rare import lone_surname_character, rare_surname_given
from .repairs import STEPS
from .residents import needs_resident_repair, place_before_residents
from .sounds import join_sounds
from .titled import (
    body_word_before_title,
    body_word_tagged_otherwise,
    glued_title,
    head_title,
    honorific_before_name,
    opens_honorific,
    title_off_surname,
)
from .yi import join_yi_name, opens_yi_name

__all__ = ["Token", "is_word", "load", "tag", "to_simplified"]


_SIMPLIFIED = str.maketrans(zh_script.TRADITIONAL, zh_script.SIMPLIFIED)
_TRADITIONAL_RE = re.compile("[" + zh_script.TRADITIONAL + "]")
_IN_TRADITIONAL_RE = re.compile(zh_script.IN_TRADITIONAL_TEXT_RE)
_ASCII_DIGITS = str.maketrans(zh_script.FULLWIDTH_DIGITS, zh_script.ASCII_DIGITS)


def to_simplified(text: str) -> str:
    """``text`` with its traditional characters written in simplified ones, one for one (same length,
    same offsets): 陳先生表示 -> 陈先生表示, and in such a text 於 and the particle 著 too (笑著說 ->
    笑着说). Simplified text comes back unchanged (the same object)."""
    if not _TRADITIONAL_RE.search(text):
        return text
    plain = text.translate(_SIMPLIFIED)
    if "於" in plain or "著" in plain:
        plain = _IN_TRADITIONAL_RE.sub(lambda m: zh_script.IN_TRADITIONAL_TEXT[m.group()], plain)
    return plain


@functools.lru_cache(maxsize=2048)
def tag(text: str) -> tuple[Token, ...]:
    """The words of ``text`` with their part-of-speech tags and offsets (names repaired, see above)."""
    text = to_simplified(text)
    tokens: list[Token] = []
    start = 0
    for word, pos in _names_cut(jieba_tags(text.translate(_ASCII_DIGITS))):  # (the words as written: sliced below)
        word = text[start : start + len(word)]
        pos = "t" if pos != "t" and _time_word(word, pos) else pos
        if len(word) < 2 or word[-1] not in _MAY_SPLIT_ENDS and word[0] not in _MAY_SPLIT_FIRST:
            tokens.append(Token(word, pos, start, start + len(word)))  # (most words: nothing to repair)
        else:
            tokens.extend(_split_glued(tokens, word, pos, start))
        start += len(word)
    if any(t.word in NAME_DOTS for t in tokens):
        tokens = join_dotted(text, tokens)
    return tuple(repair(tokens, REPAIRS))


def _given_read_as_verb(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """李家/超/今日/表示 -> 李家超/今日/表示, 张大/勇/表示 -> 张大勇: a one-character "verb" or noun between a
    two-character name and a time word, a verb of saying or a colon ends the name (no subject between)."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    if (
        prev is not None and t.tag in _GIVEN_READ_TAGS and len(t.word) == 1 and is_cjk_char(t.word)
        and (prev.tag in NAME_TAGS or prev.tag == "m" and _family_word(prev.word))  # (许家/m 印: 许 "about")
        and len(prev.word) == 2 and prev.word[0] in SURNAMES
        and (nxt is None and _ends_text(prev, t) or nxt is not None and _ends_given(prev, nxt))
        and t.word not in NOT_GIVEN_VERBS and (t.tag == "v" or t.word not in GLUED_AFTER_NAME)
    ):
        return [Token(prev.word + t.word, "nr", prev.start, t.end)]
    return None


def _sound_read_as_verb(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """吉克阿/nrt 呷/v 表示 -> 吉克阿呷/nrt: a one-character "verb" between a name read by its sounds (Yi, Tibetan and
    foreign names jieba tags nrt) and a verb of saying is the name's last character (no predicate between)."""
    prev, t, nxt = last(out), tokens[i], at(tokens, i + 1)
    if (
        prev is not None and prev.tag == "nrt" and 2 <= len(prev.word) <= 3 and prev.end == t.start
        and t.tag in _GIVEN_READ_TAGS and len(t.word) == 1 and is_cjk_char(t.word)
        and t.word not in NOT_GIVEN_VERBS and said_or_end(nxt)
    ):
        return [Token(prev.word + t.word, "nrt", prev.start, t.end)]
    return None


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
_GIVEN_READ_TAGS = frozenset("v n ng zg".split())


def _names_cut(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """jieba's words with 张晓红问/李华 -> 张晓红/问/李华, 张晓红摇/了 -> 张晓红/摇/了: after a single surname a
    given name has two characters at most, so a four-character "name" jieba's model made up ends with the
    next word's first character. Not a double surname (欧阳娜娜), a married name (林郑月娥), a
    transliteration (马拉多纳), a word of the dictionary, nor the text's last word (日本经济产业大臣武藤容治:
    no word after it to have taken a character from, the name is one of four)."""
    if not any(pos == "nr" and len(word) == 4 for word, pos in words):
        return words
    out: list[tuple[str, str]] = []
    for i, (word, pos) in enumerate(words):
        if pos == "nr" and len(word) == 4 and i < len(words) - 1 and _three_and_one(word):
            out += [(word[:3], "nr"), (word[3], char_tag(word[3]))]
        else:
            out.append((word, pos))
    return out


def _three_and_one(w: str) -> bool:
    """Is the four-character ``w`` a three-character Chinese name and one character after it?"""
    return (
        w[0] in SURNAMES and w[:2] not in DOUBLE_SURNAMES
        and (w[1] not in SURNAMES or w[3] in GLUED_AFTER_NAME)
        and not all(c in TRANSLITERATION_CHARS for c in w[:3]) and all(is_cjk_char(c) for c in w)
        and not known(w) and not known(w[:3]) and not known(w[2:])
    )


def _adverb_inside_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """王华则持 -> 王华/则/持: an adverb jieba's model read as the third character of a four-character
    name, with the verb after it (a given name of two characters ends before it)."""
    t = tokens[i]
    if t.tag in NAME_TAGS and len(t.word) == 4 and t.word[2] in GLUED_ADVERBS and t.word[0] in SURNAMES:
        a, w = t.start, t.word
        return [Token(w[:2], t.tag, a, a + 2), Token(w[2], "d", a + 2, a + 3), Token(w[3], "v", a + 3, a + 4)]
    return None


# The last characters and first characters of the words _split_glued may cut.
_MAY_SPLIT_ENDS = GLUED_FUNCTION_WORDS | LOCALISERS | NAME_GLUED_VERBS
_MAY_SPLIT_LEADS = frozenset("他她我")
_MAY_SPLIT_FIRST = _MAY_SPLIT_LEADS | LISTENER_PREPOSITIONS | NAME_GLUED_CONJUNCTIONS


_WEEKDAY_WORD = re.compile(WEEKDAY_WORD_RE)


def _time_word(word: str, pos: str) -> bool:
    """Is ``word``, tagged ``pos`` by jieba, a time word all the same (今天上午/nr, 上周五/n, 下周一/l)?"""
    if len(word) == 3 and word[1] == "周":
        return bool(_WEEKDAY_WORD.match(word))
    return len(word) == 4 and pos in NAME_TAGS and _two_time_words(word)


@functools.lru_cache(maxsize=1024)  # (jieba asked twice a word, on every text not yet cached)
def _two_time_words(word: str) -> bool:
    """Is ``word`` two time words, e.g. 今天/t + 上午/t? jieba's dictionary holds 今天上午 and 今天下午 as names
    (nr), so 李华今天上午说 read 今天上午 as the speaker; they are times like 昨天上午/t."""
    halves = (jieba_tags(word[:2]), jieba_tags(word[2:]))
    return all(len(h) == 1 and h[0][1] == "t" for h in halves)


def is_word(word: str) -> bool:
    """Is ``word`` in the segmenter's dictionary (家属 is, 王凯 is not)?"""
    return known(word)


def _split_glued(before: list[Token], word: str, pos: str, at: int) -> list[Token]:
    """The tokens for ``word``: jieba's, or two when its model glued a function word to the end of a
    name it does not know (李华则 -> 李华/则, 斯塔/默在 -> 斯塔默/在, 老/赵对 -> 老赵/对). A glued-off
    first character joins the name before it (replacing ``before[-1]``)."""
    end = at + len(word)
    if len(word) == 3 and pos == "nr" and word[-1] in NAME_GLUED_VERBS and not known(word):
        return [Token(word[:-1], pos, at, end - 1), Token(word[-1], "v", end - 1, end)]  # 李华有/nr -> 李华/有
    if len(word) >= 3 and word[0] in PHRASE_PREPOSITIONS and word[-1] in LOCALISERS and known(word[1:-1]):
        inner = Token(word[1:-1], "n", at + 1, end - 1)
        return [Token(word[0], "p", at, at + 1), inner, Token(word[-1], "f", end - 1, end)]
    if _conjunction_glued(word, pos):  # 而林静/nr -> 而/林静, 而市/n(卫生健康委员会) -> 而/市
        return [Token(word[0], "c", at, at + 1), Token(word[1:], pos if len(word) == 3 else "n", at + 1, end)]
    if len(word) == 2 and word[0] in _PERSONAL_PRONOUNS and not known(word):
        return [Token(word[0], "r", at, at + 1), Token(word[1], "d", at + 1, end)]  # 她续(指): 她/续
    listener = word[1:] if len(word) >= 3 and word[0] in LISTENER_PREPOSITIONS and not known(word) else ""
    if listener and (known(listener) or listener[0] in DEMONSTRATIVES):  # (对本网, 向该报: this outlet)
        return [Token(word[0], "p", at, at + 1), Token(word[1:], pos, at + 1, end)]  # 对本网(说): 对/本网
    prev = before[-1] if before else None
    after_name = prev is not None and prev.tag in NAME_TAGS and len(word) == 2 and word[-1] in GLUED_ADVERBS
    if len(word) < 2 or word[-1] not in GLUED_FUNCTION_WORDS or known(word) and not after_name:
        return [Token(word, pos, at, end)]  # (武藤容/治则: after a name, 则 is the adverb even in a word)
    if len(word) >= 3 and pos == "nr":
        return [Token(word[:-1], pos, at, end - 1), Token(word[-1], "d", end - 1, end)]
    if len(word) != 2 or not is_cjk_char(word[0]):
        return [Token(word, pos, at, end)]
    tail = Token(word[1], "p" if word[1] in PHRASE_PREPOSITIONS else "d", at + 1, end)
    if prev is not None and (prev.tag in NAME_TAGS or prev.word in FAMILIAR_PREFIXES and word[0] in SURNAMES):
        before.pop()  # 斯塔 + 默, 老 + 赵
        return [Token(prev.word + word[0], "nr", prev.start, at + 1), tail]
    return [Token(word[0], "x", at, at + 1), tail]


def _conjunction_glued(word: str, pos: str) -> bool:
    """Is ``word`` a conjunction and a two-character name jieba read as one name of three (而林静/nr), or a
    conjunction and the level of a place opening a body's name, read as one word of two (而市/n, 但省/n)?"""
    if len(word) == 2 and word[0] in NAME_GLUED_CONJUNCTIONS and word[1] in PLACE_LEVELS:
        return not known(word)
    return (
        len(word) == 3 and pos in NAME_TAGS and word[0] in NAME_GLUED_CONJUNCTIONS and word[0] not in SURNAMES
        and word[1] in SURNAMES and not known(word)
    )


# Pronouns jieba's model may glue to the adverb after them (她续指 -> 她续/指).
_PERSONAL_PRONOUNS = _MAY_SPLIT_LEADS


def _join_titles(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """付/小姐 -> 付小姐, 张/教授 -> 张教授, 司马/主任 -> 司马主任: a lone surname (single or double) before an
    honorific or a title is a name."""
    prev, t = last(out), tokens[i]
    if (
        prev is not None and (len(prev.word) == 1 and prev.word in SURNAMES or prev.word in DOUBLE_SURNAMES)
        and (t.word in HONORIFICS or t.word in SURNAME_TITLES or t.word in JOINED_TITLES)
        and (len(out) < 2 or out[-2].tag not in NAME_TAGS)
    ):
        return [Token(prev.word + t.word, "nr", prev.start, t.end)]
    if prev is not None and (_given_localiser(out, t) or _given_name_after_surname(out, t)):
        return [Token(prev.word + t.word, "nr", prev.start, t.end)]  # 张大/中 -> 张大中
    if len(t.word) == 3 and t.word[0] in SURNAMES and t.word[1:] in HONORIFICS:
        return [Token(t.word, "nr", t.start, t.end)]  # 王先生 as jieba tags it, or not
    return None


# Tags of a single character that ends a two-character name before it: localisers, adjectives and the
# rare characters jieba has no word for (朱凯/廸).
_GIVEN_NAME_TAGS = frozenset("f a zg ng g".split())


def _names_after_titles(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """议员/谭/文豪 -> 议员/谭文豪, 议员/郭家/麒 -> 议员/郭家麒, 议员/黄/碧云 -> 议员/黄碧云: after a title,
    a surname and the one or two characters jieba cut off it or read as a word are one name."""
    t = tokens[i]
    if i + 2 < len(tokens) and title_token(t) and _surname_and_given(tokens[i + 1], tokens[i + 2], at(tokens, i + 3)):
        a, b = tokens[i + 1], tokens[i + 2]
        return [t, Token(a.word + b.word, "nr", a.start, b.end)]
    if i + 1 < len(tokens) and title_token(t) and _name_read_as_noun(tokens[i + 1], at(tokens, i + 2)):
        name = tokens[i + 1]
        return [t, Token(name.word, "nr", name.start, name.end)]  # 区长/文军/n 表示 -> 区长/文军/nr 表示
    return None


def _name_read_as_noun(t: Token, after: Token | None) -> bool:
    """Is ``t``, right after a title, a name of two characters jieba reads as a common noun or a place (区长/文军/n
    表示, 县长/高山/ns 说): a surname first, a verb of saying or the end of the text after it (the speaker readers tag
    a subject alone)?"""
    return (
        t.tag in ("n", "ns") and len(t.word) == 2 and t.word[0] in SURNAMES and all(map(is_cjk_char, t.word))
        and said_or_end(after)
        and t.word not in NOT_SPEAKER_WORDS and t.word not in SIDE_NOUNS
        and not t.word.endswith(TITLE_ENDS)
    )


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
    surname = prev.word in SURNAMES or prev.tag == "nr" and is_cjk_char(prev.word)  # (仝/nr 振华/nz: of no table)
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
    )


# The repairs after jieba's words are read, in turn (see :mod:`.base`): a test of a token that says a text
# may need one (most texts need few), and its fix. Adding a repair is adding its entry.
REPAIRS: tuple[Step, ...] = (
    (reads_owner_into_surname, owner_read_into_surname),  # (车/主张/女士)
    (reads_kind_end_into_surname, kind_end_read_into_surname),  # (果/农林/峰)
    (lambda t: len(t.word) == 3 and t.tag in NAME_TAGS, noun_end_read_into_name),  # (跑/友林峰)
    (lambda t: t.tag in NAME_TAGS and SCHOOL_GRADE_RE.fullmatch(t.word) is not None, grade_read_as_name),  # (高三/nr)
    (glued_title, title_off_surname),  # (绿委王/n 定宇, 团总召傅/n)
    (opens_honorific, honorific_before_name),  # (拿督鲁斯迪/nr, 拿督斯/里安华)
    (body_word_tagged_otherwise, body_word_before_title),  # (立法/d 院长)
    (lambda t: t.word[:1] == "长", head_title),  # (美国商务部/长雷蒙多)
    (always, _names_after_titles),
    (lambda t: t.tag == "nrt", join_sounds),  # (埃/尔多/安, 阿尔巴尼/斯)
    (always, _join_titles),
    (lambda t: len(t.word) == 2 and t.word[1] in SAY_AFTER_CUE, given_glued_to_cue),  # (most texts: no 明说)
    (lambda t: len(t.word) == 2 and t.word[1] in GLUED_ENDS, given_glued_to_adverb),  # (邓炳/强续/指)
    (lambda t: len(t.word) >= 4 and t.tag in NAME_TAGS, verb_glued_into_name),  # (李丽华梦到/nr)
    (lambda t: t.word in ASPECT_PARTICLES, verb_before_aspect(VERBS_BEFORE_PARTICLE)),  # (欧阳明/远笑/着, 王华写/nr 了)
    (lambda t: len(t.word) == 4 and t.word[2] in GLUED_ADVERBS and t.tag in NAME_TAGS, _adverb_inside_name),
    (lambda t: len(t.word) == 1 and t.word in SURNAMES, join_married),
    (opens_minority_name, join_minority),  # (扎西/顿珠, 买买提/n, 其其格/c)
    (lone_surname_character, rare_surname_given),  # (总导演/夔/zg 立新/d 说, 赵/nr 立新/d 说)
    (lambda t: t.word == "再说", again_read_as_besides),  # (一/再说)
    (lambda t: t.tag == "l" and t.word[:1] in CUE_ADVERBS, adverb_read_in_idiom),  # (其其格|则声明/l)
    (idiom_of_four, speaker_read_in_idiom),  # (专家建议/l)
    (opens_voice_say, voice_read_apart),  # (轻声道/i, 低声/n 道/q, 沉/v 声道/n)
    (lambda t: t.word in DOUBLE_SURNAMES, given_glued_after_double_surname),  # (上官/志宏向)
    (lambda t: len(t.word) == 1 and t.tag in _GIVEN_READ_TAGS, _given_read_as_verb),
    (lambda t: len(t.word) == 1 and t.tag in _GIVEN_READ_TAGS, _sound_read_as_verb),  # (吉克阿/nrt 呷/v)
    (may_end_glued_to_name, last_character_off_name),  # (李华笑/说, 刘洋称, 王毅同/nr 李华)
    (needs_resident_repair, place_before_residents),  # (台/中/市民, 高雄市/民)
    *STEPS,  # (据市/卫健委, 司马光/明, 洪水/nr, 刘芳时: see .repairs)
    (opens_yi_name, join_yi_name),  # (沙马拉/nr 且/zg, 阿西/ns 木/n 呷/v)
    (needs_account_word, account_word),  # (most texts: no 公众/号/m)
)
