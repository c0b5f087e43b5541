"""The tagger (:func:`tag`): rjieba's words and tags, read in simplified characters (:func:`to_simplified`), then
mended by the repairs of :data:`REPAIRS` in turn (see the package's overview, :mod:`cqnews.enrich.segmenter`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ...lexicon import zh_script
from ...lexicon.bodies_zh import ORG_HEADS, PLACE_LEVELS
from ...lexicon.cue_words_zh import CUE_ADVERBS, SAY_AFTER_CUE
from ...lexicon.function_words_zh import (
    ASPECT_PARTICLES,
    DEMONSTRATIVES,
    LISTENER_PREPOSITIONS,
    LOCALISERS,
    PHRASE_PREPOSITIONS,
)
from ...lexicon.people_nouns_zh import SCHOOL_GRADE_RE
from ...lexicon.personal_names_zh import (
    DOUBLE_SURNAMES,
    FAMILIAR_PREFIXES,
    NAME_DOTS,
    SURNAMES,
    SURNAMES_READ_AS_PREPOSITIONS,
    TRANSLITERATION_CHARS,
)
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.segmenter_repairs_zh import (
    GLUED_ADVERBS,
    GLUED_AFTER_NAME,
    GLUED_FUNCTION_WORDS,
    LIES_IN,
    NAME_GLUED_CONJUNCTIONS,
    NAME_GLUED_VERBS,
    VERBS_BEFORE_PARTICLE,
)
from ...lexicon.time_words_zh import WEEKDAY_WORD_RE
from ...text import is_cjk_char
from .accounts import account_word, needs_account_word
from .acts import act_read_apart, act_tagged_noun
from .adverb_given import adverb_given_name, may_open_adverb_given
from .aspect import adverb_before_zhe, verb_before_aspect, verb_read_as_adverb
from .base import Step, Token, always, char_tag, jieba_tags, known, load, repair
from .dotted import join_dotted
from .given import (
    AND_IN_GIVEN,
    BOUND_MORPHEME_TAGS,
    GIVEN_READ_TAGS,
    and_ends_family_name,
    given_read_as_verb,
    join_titles,
    morpheme_ends_name,
    names_after_titles,
    sound_read_as_verb,
    surname_read_as_preposition,
)
from .glued import (
    GLUED_ENDS,
    adverb_glued_to_name,
    adverb_read_in_idiom,
    again_read_as_besides,
    correlative_glued,
    correlative_off_name,
    given_glued_after_double_surname,
    given_glued_to_adverb,
    given_glued_to_cue,
    given_glued_to_gesture_adverb,
    idiom_of_four,
    last_character_off_name,
    manner_glued_to_name,
    manner_read_across_name,
    may_end_glued_to_name,
    opens_voice_say,
    speaker_read_in_idiom,
    verb_glued_into_name,
    verb_off_name,
    verb_with_complement_glued,
    voice_read_apart,
)
from .manner import manner_read_apart, manner_read_as_name, may_be_manner_read_as_name, needs_manner_repair
from .married import join_married
from .minority import join_minority, opens_minority_name
from .person_nouns import (
    given_read_into_word,
    grade_read_as_name,
    household_read_apart,
    job_end_read_into_surname,
    kin_read_as_name,
    kind_end_read_into_surname,
    noun_end_read_into_name,
    opens_with_household,
    opens_with_surname_word,
    owner_read_into_surname,
    person_end_read_into_ma,
    reads_job_end_into_surname,
    reads_kin_as_name,
    reads_kind_end_into_surname,
    reads_owner_into_surname,
    reads_person_end_into_ma,
    reads_teacher_into_name,
    teacher_read_into_name,
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
    pointer_before_title,
    pointer_read_as_measure,
    title_off_surname,
    unit_before_its_head,
    unit_tagged_name,
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
        if len(word) > len(LIES_IN) + 1 and word.endswith(LIES_IN):  # 关键在于/n -> 关键/n 在于/v
            cut = start + len(word) - len(LIES_IN)
            tokens += [Token(word[: cut - start], pos, start, cut), Token(LIES_IN, "v", cut, start + len(word))]
        elif len(word) < 2 or word[-1] not in _MAY_SPLIT_ENDS and word[0] not in _MAY_SPLIT_FIRST:
            tokens.append(Token(word, pos, start, start + len(word)))  # (most words: nothing to repair)
        else:
            tokens.extend(_split_glued(tokens, word, pos, start))
        start += len(word)
    if any(t.word in NAME_DOTS for t in tokens):
        tokens = join_dotted(text, tokens)
    return tuple(repair(tokens, REPAIRS))



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
    last_off = _last_character_off(word, pos)
    if last_off:  # 李华有/nr -> 李华/有; 市卫|健委在/n -> 健委/在: a body's name ends before the 在
        return [Token(word[:-1], pos, at, end - 1), Token(word[-1], last_off, end - 1, end)]
    first_off = _first_character_off(word, pos, at)
    if first_off is not None:
        return first_off
    return _function_word_off(before, word, pos, at)


def _first_character_off(word: str, pos: str, at: int) -> list[Token] | None:
    """The tokens for ``word`` when its first character is a word of its own jieba's model glued to what follows:
    a preposition before a noun and its localiser, a conjunction, a pronoun, a preposition before a listener."""
    end = at + len(word)
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
    return None


def _function_word_off(before: list[Token], word: str, pos: str, at: int) -> list[Token]:
    """The tokens for ``word`` when jieba's model glued a function word (则, 在, 对) to the end of a name it does not
    know; a glued-off first character joins the name before it (replacing ``before[-1]``). Else ``word`` alone."""
    end = at + len(word)
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


def _last_character_off(word: str, pos: str) -> str:
    """The tag of ``word``'s last character when it is a word of its own jieba's model glued to a name (李华有/nr: "v")
    or to a body's name (健委在/n: "p"), else ""."""
    if len(word) == 3 and pos == "nr" and word[-1] in NAME_GLUED_VERBS and not known(word):
        return "v"
    return "p" if _body_glued_to_preposition(word, pos) else ""


def _body_glued_to_preposition(word: str, pos: str) -> bool:
    """Is ``word`` (tagged a noun) the end of a body's name jieba's model does not know and the one-character
    preposition after it (市卫|健委在/n 新闻发布会上: a 委, 局, 院 … before 在)? Not a word of the dictionary."""
    body_end = word[-2] in _BODY_LAST_CHARS
    return len(word) >= 3 and pos == "n" and word[-1] in PHRASE_PREPOSITIONS and body_end and not known(word)


# The last characters of a body's name of one character (委, 局, 院: lexicon bodies_zh.ORG_HEADS).
_BODY_LAST_CHARS = frozenset(h for h in ORG_HEADS if len(h) == 1)


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


# The repairs after jieba's words are read, in turn (see :mod:`.base`): a test of a token that says a text
# may need one (most texts need few), and its fix. Adding a repair is adding its entry.
REPAIRS: tuple[Step, ...] = (
    (reads_owner_into_surname, owner_read_into_surname),  # (车/主张/女士)
    (reads_kind_end_into_surname, kind_end_read_into_surname),  # (果/农林/峰)
    (reads_person_end_into_ma, person_end_read_into_ma),  # (媒体/人马/建国)
    (reads_job_end_into_surname, job_end_read_into_surname),  # (女村/医杨/红梅)
    (opens_with_household, household_read_apart),  # (种植/户付/国强)
    (lambda t: len(t.word) == 3 and t.tag in NAME_TAGS, noun_end_read_into_name),  # (跑/友林峰)
    (opens_with_surname_word, given_read_into_word),  # (护林员/周长/n 贵/a)
    (lambda t: t.tag in NAME_TAGS and SCHOOL_GRADE_RE.fullmatch(t.word) is not None, grade_read_as_name),  # (高三/nr)
    (reads_kin_as_name, kin_read_as_name),  # (老伴儿/nr)
    (glued_title, title_off_surname),  # (绿委王/n 定宇, 团总召傅/n)
    (opens_honorific, honorific_before_name),  # (拿督鲁斯迪/nr, 拿督斯/里安华)
    (body_word_tagged_otherwise, body_word_before_title),  # (立法/d 院长)
    (lambda t: t.word[:1] == "长", head_title),  # (美国商务部/长雷蒙多)
    (unit_tagged_name, unit_before_its_head),  # (幼儿园/nr 园长)
    (pointer_read_as_measure, pointer_before_title),  # (该股/q 董秘)
    (always, names_after_titles),
    (lambda t: t.word in SURNAMES_READ_AS_PREPOSITIONS and t.tag == "p", surname_read_as_preposition),  # (向/立新)
    (lambda t: t.tag == "nrt", join_sounds),  # (埃/尔多/安, 阿尔巴尼/斯)
    (always, join_titles),
    (lambda t: len(t.word) == 2 and t.word[1] in SAY_AFTER_CUE, given_glued_to_cue),  # (most texts: no 明说)
    (lambda t: len(t.word) == 2 and t.word[1] in GLUED_ENDS, given_glued_to_adverb),  # (邓炳/强续/指)
    (lambda t: len(t.word) == 2 and t.tag == "d", given_glued_to_gesture_adverb),  # (郑国/ns 强直/d 摇头)
    (lambda t: len(t.word) >= 4 and t.tag in NAME_TAGS, verb_glued_into_name),  # (李丽华梦到/nr)
    (lambda t: len(t.word) == 4 and t.tag in NAME_TAGS, adverb_glued_to_name),  # (梁文杰续/nr 指)
    (verb_with_complement_glued, verb_off_name),  # (李华看/nr 完)
    (correlative_glued, correlative_off_name),  # (王德边/nr 干活/边/说)
    (lambda t: t.word in ASPECT_PARTICLES, verb_before_aspect(VERBS_BEFORE_PARTICLE)),  # (欧阳明/远笑/着, 王华写/nr 了)
    (adverb_before_zhe, verb_read_as_adverb),  # (他/握/d 着/uz)
    (needs_manner_repair, manner_read_apart),  # (轻轻地/z, 一遍/m 遍地/v)
    (may_be_manner_read_as_name, manner_read_as_name),  # (局长/郑重/nr 表示)
    (lambda t: len(t.word) == 4 and t.word[2] in GLUED_ADVERBS and t.tag in NAME_TAGS, _adverb_inside_name),
    (lambda t: len(t.word) == 1 and t.word in SURNAMES, join_married),
    (opens_minority_name, join_minority),  # (扎西/顿珠, 买买提/n, 其其格/c)
    (lone_surname_character, rare_surname_given),  # (总导演/夔/zg 立新/d 说, 赵/nr 立新/d 说)
    (lambda t: t.word == "再说", again_read_as_besides),  # (一/再说)
    (lambda t: t.tag == "l" and t.word[:1] in CUE_ADVERBS, adverb_read_in_idiom),  # (其其格|则声明/l)
    (idiom_of_four, speaker_read_in_idiom),  # (专家建议/l)
    (opens_voice_say, voice_read_apart),  # (轻声道/i, 低声/n 道/q, 沉/v 声道/n)
    (lambda t: t.word in DOUBLE_SURNAMES, given_glued_after_double_surname),  # (上官/志宏向)
    (lambda t: len(t.word) == 1 and t.tag in GIVEN_READ_TAGS, given_read_as_verb),
    (lambda t: t.word == AND_IN_GIVEN, and_ends_family_name),  # (总干事/黄家/和/指出)
    (lambda t: len(t.word) == 1 and t.tag in BOUND_MORPHEME_TAGS, morpheme_ends_name),  # (村支书/王国/ns 庆/vg)
    (lambda t: len(t.word) == 1 and t.tag in GIVEN_READ_TAGS, sound_read_as_verb),  # (吉克阿/nrt 呷/v)
    (manner_glued_to_name, manner_read_across_name),  # (李华当/面对/他)
    (may_end_glued_to_name, last_character_off_name),  # (李华笑/说, 刘洋称, 王毅同/nr 李华)
    (may_open_adverb_given, adverb_given_name),  # (主持人/马未/d 皆/d 说, 媒体/人马/未/皆)
    (needs_resident_repair, place_before_residents),  # (台/中/市民, 高雄市/民)
    *STEPS,  # (据市/卫健委, 司马光/明, 洪水/nr, 刘芳时: see .repairs)
    (act_tagged_noun, act_read_apart),  # (刘芳/主持会议/n 并 指出)
    (opens_yi_name, join_yi_name),  # (沙马拉/nr 且/zg, 阿西/ns 木/n 呷/v)
    (needs_account_word, account_word),  # (most texts: no 公众/号/m)
    (reads_teacher_into_name, teacher_read_into_name),  # (老/师范雨欣)
)
