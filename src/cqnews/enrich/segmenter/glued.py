"""A given name's last character glued to the adverb or the verb of saying after it (鄧炳/強續/指 -> 鄧炳強/續/指,
區諾/軒續/稱, 李家/明再/指): jieba cuts a three-character name it does not know after two characters and reads the
third with the next character as a word of its own; before a cue, that word is the name's end and an adverb
of going on (續, 又, 再, 亦), of only or already (黃偉/哲僅/表示: 僅, 只, 曾, 已), or the cue itself (說,
稱). Also a given name read with the cue after it as one verb (李/明说： -> 李明/说：)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon import reporting_zh as RZ
from ...lexicon.cue_words_zh import (
    AGAIN_SAY,
    CUE_ADVERBS,
    GIVEN_END_CUES,
    GLUED_MARK_CUES,
    MANNER_CHARS,
    MANNER_WORDS,
    SAY_AFTER_CUE,
    SAY_AFTER_NAME,
    VOICE_MANNERS,
    VOICE_SAY,
)
from ...lexicon.function_words_zh import ASPECT_PARTICLES, PHRASE_PREPOSITIONS
from ...lexicon.personal_names_zh import DOUBLE_SURNAMES, NOT_GIVEN_ENDS, NOT_GIVEN_VERBS, SURNAMES
from ...lexicon.pos_tags_zh import NAME_TAGS, NEVER_TAGS
from ...lexicon.segmenter_repairs_zh import (
    CORRELATIVE_ADVERB,
    GLUED_COORDINATORS,
    GLUED_FUNCTION_WORDS,
    HARD_TO,
    LIMITING_ADVERBS,
)
from ...lexicon.titles_zh import TITLE_ENDS
from ...text import is_cjk_char
from .base import Token, at, char_tag, cut_after_name, jieba_tags, known, last, opens_with_surname

# The preposition that opens a phrase of place or occasion after the speaker's name (孙立在|接受采访时说).
_PLACE_OPENERS = frozenset("在")
# Verbs of saying a cue adverb stands before (续|指, 又|称, 再|表示).
_CUES = frozenset((*QZ.ZH_CUES, *RZ.CLAUSE_CUES, *RZ.BARE_CLAUSE_CUES, *RZ.MORE_CLAUSE_CUES))
# Tags of the word before a subject: a mark (a clause starts) or a noun (a description: 村民张明说).
_BEFORE_SUBJECT_TAGS = frozenset("x n".split())
# Tags jieba gives the set phrases and idioms of its dictionary (专家建议/l, 群众反映/i).
IDIOM_TAGS = frozenset("l i".split())
# What ends such a glued word: an adverb of going on, or a one-character verb of saying.
GLUED_ENDS = CUE_ADVERBS | SAY_AFTER_CUE | LIMITING_ADVERBS | GLUED_MARK_CUES


def given_glued_to_adverb(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """Each such glued word given back (see the module): the name of two characters before it takes its first
    character, and its last is a word of its own (``d`` for an adverb, ``v`` for a verb)."""
    prev, t = last(out), tokens[i]
    if prev is None or not _glued(prev, t, at(tokens, i + 1)):
        return None
    verb = t.word[1] in SAY_AFTER_CUE or t.word[1] in GLUED_MARK_CUES
    tail = Token(t.word[1], "v" if verb else "d", t.start + 1, t.end)
    return [Token(prev.word + t.word[0], "nr", prev.start, t.start + 1), tail]


def _glued(name: Token, t: Token, after: Token | None) -> bool:
    """Is ``t`` the last character of the name ``name`` glued to an adverb or a verb of saying before a cue?"""
    if not (name.tag in NAME_TAGS and len(name.word) == 2 and opens_with_surname(name.word, name.tag)):
        return False
    if len(t.word) != 2 or t.word[1] not in GLUED_ENDS or not is_cjk_char(t.word[0]) or known(t.word):
        return False
    if t.word[0] in CUE_ADVERBS or t.word[0] in GLUED_FUNCTION_WORDS or t.word[0] in NOT_GIVEN_ENDS:
        return False  # (王明|又说: the adverb is a word of its own already)
    if t.word[1] in SAY_AFTER_CUE:
        return after is None or after.tag == "x"  # 李家/明說：
    if t.word[1] in GLUED_MARK_CUES:
        return after is not None and after.tag == "x"  # 梁國/雄指/「…」
    return after is not None and after.word in _CUES  # 鄧炳/強續/指


def given_glued_to_gesture_adverb(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """郑国/ns 强直/d 摇头 -> 郑国强/nr 直/d 摇头, 陈建/nr 强直/d 点头 -> 陈建强/nr 直/d 点头: a name of three
    characters jieba cuts after two, reading its last with a one-character adverb after it (直 "keeps") as an adverb
    of its dictionary, right before a verb (what the person does before speaking): the three characters are the
    name when jieba reads them alone as one name, and the adverb's first character is none of an adverb, a numeral
    or a function word, and it may end a given name (王明/一直/摇头, 王明/简直/不敢, 李华/径直/走 stay)."""
    prev, t, after = last(out), tokens[i], at(tokens, i + 1)
    if len(t.word) != 2 or t.tag != "d" or prev is None or after is None or not after.tag.startswith("v"):
        return None
    if prev.end != t.start or after.start != t.end:
        return None
    if len(prev.word) != 2 or prev.tag not in _NAME_OR_PLACE or prev.word[0] not in SURNAMES:
        return None
    if char_tag(t.word[1]) != "d" or t.word[0] in CUE_ADVERBS or t.word[0] in GLUED_FUNCTION_WORDS:
        return None
    if t.word[0] in NOT_GIVEN_ENDS or char_tag(t.word[0]) not in _GIVEN_CHAR_TAGS:
        return None
    read = jieba_tags(prev.word + t.word[0])
    if len(read) != 1 or read[0][1] not in _NAME_OR_PLACE:
        return None
    return [Token(prev.word + t.word[0], "nr", prev.start, t.start + 1), Token(t.word[1], "d", t.start + 1, t.end)]


# The tags jieba gives a name of two or three characters it reads as one (郑国/ns, 郑国强/ns: a place, to its model),
# and the tags of a character alone that ends a given name there: an adjective (强/a, as 明, 华, 刚) or a piece of a
# name (not 径/n of 径直, 一/m of 一直).
_NAME_OR_PLACE = frozenset("nr nrfg ns".split())
_GIVEN_CHAR_TAGS = frozenset("a nr nrfg".split())


def given_glued_to_cue(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """李/明说： -> 李明/说：, 陈/明称， -> 陈明/称: jieba reads a given name and the cue after it as
    one verb (明说 "to say plainly") when punctuation follows; the lone surname before it is the name.
    So with a name of two characters before 明说 (张建/明说， -> 张建明/说): 明 ends given names far
    more often than "to say plainly" stands before a mark."""
    prev, t, after = last(out), tokens[i], at(tokens, i + 1)
    if (
        prev is not None and _surname_read(out, prev) and prev.word[0] in SURNAMES
        and (len(prev.word) == 1 or len(prev.word) == 2 and (t.word in GIVEN_END_CUES or prev.word[1] == "家"))
        and len(t.word) == 2 and t.word[1] in SAY_AFTER_CUE and is_cjk_char(t.word[0])
        and (after is None or after.tag == "x")
    ):
        return [Token(prev.word + t.word[0], "nr", prev.start, t.start + 1), Token(t.word[1], "v", t.start + 1, t.end)]
    return None


def _surname_read(out: Sequence[Token], prev: Token) -> bool:
    """Is ``prev`` (the word before a glued 明说) read as a name: tagged one, a surname and 家, or a lone character
    after a title, whatever jieba tags them (副市长/林/ng 明说 -> 林明/说: after a title a surname opens a name), or
    two characters after a title that jieba reads as a noun or another content word
    (区委书记/余长/n 明说 -> 余长明/说)?"""
    if prev.tag == "nr" or len(prev.word) == 2 and prev.word[1] == "家":
        return True  # (王家/n 明说, 许家/m 印称: a surname and 家, "the family", read off the front of a name)
    if len(prev.word) == 1 and _opens_subject(out):
        return True  # (张/q 明说：, 村民/郑/ns 明说：: a lone surname where a subject stands, whatever jieba tags it)
    title = out[-2].word if len(out) >= 2 else ""
    if len(title) < 2 or not title.endswith(TITLE_ENDS) or not all(map(is_cjk_char, title)):
        return False
    return len(prev.word) == 1 or len(prev.word) == 2 and prev.tag not in NEVER_TAGS and prev.tag[:1] != "v"


def _opens_subject(out: Sequence[Token]) -> bool:
    """Does the last token of ``out`` stand where a subject does: first, after a mark (a clause starts) or after a
    noun (a person's description: 村民)?"""
    return len(out) < 2 or out[-2].tag in _BEFORE_SUBJECT_TAGS


def adverb_read_in_idiom(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """则声明/l -> 则/d 声明/v: an adverb of going on (``lexicon.cue_words_zh.CUE_ADVERBS``) and the verb after it,
    which jieba's dictionary holds as one idiom, are two words (the adverb follows a subject: 其其格|则|声明称)."""
    t = tokens[i]
    w = t.word
    if t.tag == "l" and len(w) == 3 and w[0] in CUE_ADVERBS and known(w[1:]):
        return [Token(w[0], "d", t.start, t.start + 1), Token(w[1:], "v", t.start + 1, t.end)]
    return None


def opens_voice_say(t: Token) -> bool:
    """Could ``t`` end a voice manner and 道 jieba read as other words (轻声道/i, 低声/n 道/q, 沉/v 声道/n)?"""
    return t.word[-1:] == VOICE_SAY and t.tag != "v"


def voice_read_apart(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """轻声道/i -> 轻声/d 道/v, 低声/n 道/q -> 低声/d 道/v, 沉/v 声道/n -> 沉声/d 道/v: a manner of the voice
    (``lexicon.cue_words_zh.VOICE_MANNERS``) and 道 before a mark or the end of the text are the manner and the
    verb of saying (她轻声道：, “……”他低声道。), whatever words jieba's dictionary cut them into."""
    t = tokens[i]
    if i + 1 < len(tokens) and tokens[i + 1].tag != "x":
        return None
    start = t.end - 3
    covered = [p for p in out[-2:] if p.end > start]
    text = "".join(p.word for p in covered) + t.word
    first = covered[0] if covered else t
    if first.end - first.start != len(first.word) or text[start - first.start :][:2] not in VOICE_MANNERS:
        return None
    name = _name_giving_back(first, start)
    if name is None:
        return None
    return [*name, Token(text[-3:-1], "d", start, start + 2), Token(VOICE_SAY, "v", start + 2, t.end)]


def _name_giving_back(first: Token, start: int) -> list[Token] | None:
    """The name of three or more characters jieba glued the manner's first character to (张丽细/nr 声道), less it."""
    if first.start == start:
        return []
    if first.tag in NAME_TAGS and len(first.word) >= 3 and first.end == start + 1:
        return [Token(first.word[:-1], first.tag, first.start, start)]
    return None


def idiom_of_four(t: Token) -> bool:
    """Is ``t`` a set phrase of four characters (专家建议/l), which :func:`speaker_read_in_idiom` may read apart?"""
    return t.tag in IDIOM_TAGS and len(t.word) == 4


def speaker_read_in_idiom(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """专家建议/l -> 专家/n 建议/v, 群众反映/i -> 群众/n 反映/v: a noun of a kind of person
    (``lexicon.quotes_zh.ZH_PERSON_HEADS``) and the verb of saying after it, which jieba's dictionary holds as one set
    phrase, are the speaker and the cue (专家建议，… reports as 医生建议，… does)."""
    t = tokens[i]
    w = t.word
    if idiom_of_four(t) and w[:2] in QZ.ZH_PERSON_HEADS and w[2:] in _CUES:
        return [Token(w[:2], "n", t.start, t.start + 2), Token(w[2:], "v", t.start + 2, t.end)]
    return None


def again_read_as_besides(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """一/m 再说/c -> 一再/d 说/v: jieba reads 一再说 (said again and again) as one and the conjunction 再说
    (besides), so 王明一再说 had no verb of saying."""
    prev, t = last(out), tokens[i]
    if prev is not None and prev.word == "一" and prev.tag == "m" and t.word == AGAIN_SAY[1:] and t.tag == "c":
        return [Token(AGAIN_SAY[:2], "d", prev.start, t.start + 1), Token(AGAIN_SAY[2], "v", t.start + 1, t.end)]
    return None


def given_glued_after_double_surname(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """上官/志宏向 -> 上官志宏/向, 上官/志宏则 -> 上官志宏/则: after a double surname, a given name of two characters
    and the function word jieba's model glued to it (``lexicon.segmenter_repairs_zh.GLUED_FUNCTION_WORDS``) are one
    name and a word."""
    prev, t = last(out), tokens[i]
    if prev is None or prev.word not in DOUBLE_SURNAMES or not _given_and_function_word(t.word):
        return None
    tail = t.word[2]
    name = Token(prev.word + t.word[:2], "nr", prev.start, t.start + 2)
    return [name, Token(tail, "p" if tail in PHRASE_PREPOSITIONS else "d", t.start + 2, t.end)]


def _given_and_function_word(word: str) -> bool:
    """Is ``word`` (after a double surname) two characters of a given name and a glued function word (志宏向)?"""
    glued = len(word) == 3 and word[2] in GLUED_FUNCTION_WORDS
    return glued and all(is_cjk_char(c) for c in word) and not known(word)


def last_character_off_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """李华笑/说 -> 李华/笑/说, 刘洋称 -> 刘洋/称, 王毅同/nr 李华 -> 王毅/同/李华: the character jieba's model glued to
    a two-character name (a surname first) is a word of its own, of the tag and in the place of
    :data:`_GLUED_TO_NAME`'s first entry its last character and the word after it fit."""
    t, nxt = tokens[i], at(tokens, i + 1)
    if not _three_character_name(t):
        return None
    w = t.word
    for ends, tag, fits in _GLUED_TO_NAME:
        if w[2] in ends and fits(t, nxt):
            return cut_after_name(t, tag)
    return None


def may_end_glued_to_name(t: Token) -> bool:
    """The test of :func:`last_character_off_name`: a name of three characters ending with a character it may cut."""
    return _three_character_name(t) and any(t.word[2] in ends for ends, _, _ in _GLUED_TO_NAME)


def _three_character_name(t: Token) -> bool:
    return len(t.word) == 3 and t.tag in NAME_TAGS and t.word[0] in SURNAMES


def _before_saying(t: Token, nxt: Token | None) -> bool:
    """李华笑/说: a verb of saying follows (an adverb or a verb of manner ends no given name there)."""
    return nxt is not None and nxt.word in SAY_AFTER_NAME


def _no_word(t: Token, nxt: Token | None) -> bool:
    """刘洋称: the three characters are no word of the dictionary (no given name ends in 说 or 称)."""
    return not known(t.word)


def _before_noun(t: Token, nxt: Token | None) -> bool:
    """王毅同/nr 李华, 陈静同/nr 记者: a noun or a name follows right after it (a name ending in 同 stands before no
    noun without a mark: 张大同说), and the three characters are no word of the dictionary."""
    return nxt is not None and nxt.start == t.end and nxt.tag.startswith("n") and not known(t.word)


def _opens_place(t: Token, nxt: Token | None) -> bool:
    """孙立在/nr 接受/v 采访/v 时, 孙立在/nr 电话/n 中: 在 ("at") opening a phrase of place or occasion, a word of
    Han characters right after it that is no verb of saying (a name ending in 在 is rare, 在 after a name is
    common; even where jieba's dictionary holds the three characters: 孙立在)."""
    return nxt is not None and nxt.start == t.end and is_cjk_char(nxt.word[0]) and nxt.word not in _CUES


# The characters jieba's model glues to a two-character name, each with its tag alone and the test of where it is
# glued (tried in turn): an adverb or a verb of manner (续, 又, 笑) before a verb of saying, a one-character verb of
# saying (说, 称), and the 同 ("with") before the person or the noun it joins.
_GLUED_TO_NAME: tuple[tuple[frozenset[str], str, Callable[[Token, Token | None], bool]], ...] = (
    (MANNER_CHARS, "d", _before_saying),
    (SAY_AFTER_CUE, "v", _no_word),
    (GLUED_COORDINATORS, "p", _before_noun),
    (_PLACE_OPENERS, "p", _opens_place),
)


def adverb_glued_to_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """梁文杰续/nr 指 -> 梁文杰/续/指, 陈志明又/nr 称 -> 陈志明/又/称: an adverb of a cue (续, 又, 再: lexicon
    cue_words_zh.CUE_ADVERBS) jieba's model read as the last character of a four-character name it does not know,
    a surname first, right before a cue: the name ends before it."""
    t, nxt = tokens[i], at(tokens, i + 1)
    w = t.word
    if t.tag not in NAME_TAGS or len(w) != 4 or w[3] not in CUE_ADVERBS or not opens_with_surname(w, t.tag):
        return None
    if known(w) or nxt is None or nxt.start != t.end or nxt.word not in _CUES:
        return None
    return [Token(w[:3], t.tag, t.start, t.end - 1), Token(w[3], "d", t.end - 1, t.end)]


def verb_glued_into_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """李丽华梦到/nr -> 李丽华/梦到: a verb of two characters of the dictionary jieba's model read as the end of a
    name it does not know (a surname first, two or three characters of the name left): the verb given back."""
    t = tokens[i]
    w = t.word
    if t.tag not in NAME_TAGS or not 4 <= len(w) <= 6 or w[0] not in SURNAMES:
        return None
    if len(w) == 4 and w[:2] in DOUBLE_SURNAMES or not _two_character_verb(w[-2:]):
        return None
    cut = t.end - 2
    return [Token(w[:-2], t.tag, t.start, cut), Token(w[-2:], "v", cut, t.end)]


def verb_with_complement_glued(t: Token) -> bool:
    """The test of :func:`verb_off_name`: a name of three characters ending with a one-character verb that ends no
    given name (看, 听: ``personal_names_zh.NOT_GIVEN_VERBS``) or with 难 (hard to)."""
    return _three_character_name(t) and (t.word[2] in NOT_GIVEN_VERBS or t.word[2] == HARD_TO)


def verb_off_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """李华看/nr 完/v -> 李华/看完/v, 王强听/nr 完 -> 王强/听完, 陈红想/nr 好/a 了 -> 陈红/想好: a one-character verb
    that ends no given name, glued by jieba's model to a name of two characters it does not know, and the
    one-character verb or adjective right after it that makes a verb of the dictionary with it (看完, 听完: the verb
    and its complement) or that a particle of aspect follows (想好了, 想通了: the complement's result), are that
    verb; the name ends before it. So too 难 (hard to) and the one-character verb after it (周杰难/nr 掩 -> 周杰/难掩).
    """
    t, nxt = tokens[i], at(tokens, i + 1)
    if not verb_with_complement_glued(t) or known(t.word) or nxt is None or nxt.start != t.end:
        return None
    verb, after = t.word[2] + nxt.word, at(tokens, i + 2)
    aspect = after is not None and after.word in ASPECT_PARTICLES and nxt.tag[:1] in ("v", "a")
    hard = t.word[2] == HARD_TO and nxt.tag.startswith("v")  # (周杰难/nr 掩/v: 难掩, no word of the dictionary)
    if len(nxt.word) != 1 or not (nxt.tag.startswith("v") and known(verb) or aspect or hard):
        return None
    return cut_after_name(t, "v", verb, nxt.end)


def correlative_glued(t: Token) -> bool:
    """The test of :func:`correlative_off_name`: a name of three characters ending with 边 (王德边/nr)."""
    return _three_character_name(t) and t.word[2] == CORRELATIVE_ADVERB


def correlative_off_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """王德边/nr 干活/边/说 -> 王德/边/d 干活/边/说: 边 that jieba's model glued to the end of a two-character name it
    does not know, when 边 comes again in the same clause (the two actions done at once, 边…边…), is the adverb; the
    name ends before it."""
    t = tokens[i]
    if not correlative_glued(t) or known(t.word):
        return None
    clause = tokens[i + 1 : i + 6]
    ends = (k for k, a in enumerate(clause) if not all(map(is_cjk_char, a.word)) or CORRELATIVE_ADVERB in a.word)
    again = next(ends, None)  # (the first word holding 边 again, or the first mark: the clause ends)
    if again is None or not all(map(is_cjk_char, clause[again].word)):
        return None
    return cut_after_name(t, "d")


def _two_character_verb(word: str) -> bool:
    """Does jieba read ``word`` alone as one verb (梦到, 看到, 想起)?"""
    return jieba_tags(word) == [(word, "v")]


# The first characters of the words of manner of two characters (当面, 当场, 私下, 公开).
_MANNER_FIRSTS = frozenset(w[0] for w in MANNER_WORDS if len(w) == 2)


def manner_glued_to_name(t: Token) -> bool:
    """The test of :func:`manner_read_across_name`: a name of three characters ending with a word of manner's first."""
    return _three_character_name(t) and t.word[2] in _MANNER_FIRSTS


def manner_read_across_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """李华当/nr 面对/v 他 -> 李华/当面/对/他, 王芳私/nr 下里 -> 王芳/私下/里: a word of manner of two characters (当面,
    当场, 私下) jieba's model cut in two, its first character glued to a two-character name (no dictionary word),
    its second read with the word after it, is the name, the word of manner and the rest of that word."""
    t, nxt = tokens[i], at(tokens, i + 1)
    if not manner_glued_to_name(t) or nxt is None or nxt.start != t.end or len(nxt.word) < 2 or known(t.word):
        return None
    manner = t.word[2] + nxt.word[0]
    if manner not in MANNER_WORDS or not all(map(is_cjk_char, nxt.word)):
        return None
    rest = nxt.word[1:]
    rest_tag = char_tag(rest) if len(rest) == 1 else next((tag for _, tag in jieba_tags(rest)), "x")
    return [*cut_after_name(t, "d", manner, nxt.start + 1), Token(rest, rest_tag, nxt.start + 1, nxt.end)]
