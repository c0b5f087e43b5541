"""Repairs of familiar names, 老 or 小 and a surname (老张, 小李), that jieba reads as other words before the verb of
saying: a noun or an adjective (村民/老张/n, 厨师/老黄/a), two words (司机/老/刘/zg), the surname glued to the cue
(厨师/小/黄说), to the verb of an action before it (小/刘举/nr 着) or to an adverb before it
(老/郑直/nr 摇头). Steps of :data:`repairs.STEPS`."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.cue_words_zh import MANNER_ASPECTS, SAY_AFTER_NAME
from ...lexicon.people_nouns_zh import PEOPLE_WORDS, PERSON_NOUN_ENDS
from ...lexicon.personal_names_zh import FAMILIAR_PREFIXES, SURNAMES
from ...lexicon.pos_tags_zh import ASPECT_TAGS, NAME_TAGS, NEVER_TAGS
from ...lexicon.segmenter_repairs_zh import FAMILIAR_VERBS
from ...lexicon.titles_zh import SURNAME_TITLES
from .aspect import verb_before_aspect
from .base import Token, at, char_tag, jieba_tags, joined, known, last, retag, said_or_end


def familiar_read_apart(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """司机/老/a 刘/zg 告诉 -> 司机/老刘/nr 告诉: 老 or 小 and a lone surname jieba reads as two words, before a verb
    of saying, a mark or the end of the text, are one familiar name (no numeral before them: 一/小/张/纸)."""
    t, surname, after = tokens[i], at(tokens, i + 1), at(tokens, i + 2)
    prev = last(out)
    if t.word not in FAMILIAR_PREFIXES or surname is None or len(surname.word) != 1:
        return None
    if surname.word not in SURNAMES or surname.tag in NEVER_TAGS or prev is not None and prev.tag[:1] == "m":
        return None
    if said_or_end(after) or after is not None and after.tag == "x":
        return [joined(t, surname, "nr")]
    return None


def familiar_letter(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """市民/小/a A/eng 说 -> 市民/小A/nr, 视频/博主小/b A/eng -> 视频/博主/小A: 小 or 老 and one capital Latin letter,
    the name a page gives someone it will not name, before a verb of saying, a mark, a preposition, a time word or
    the end of the text, is a familiar name (小 glued to the noun before it is cut off it)."""
    t, prev, after = tokens[i], last(out), at(tokens, i + 1)
    if prev is None or prev.end != t.start or prev.word[-1] not in FAMILIAR_PREFIXES or not _letter(t.word):
        return None
    if not (said_or_end(after) or after is not None and after.tag in _AFTER_LETTER_TAGS):
        return None
    name = Token(prev.word[-1] + t.word, "nr", prev.end - 1, t.end)
    if len(prev.word) == 1:
        return [name]
    return [Token(prev.word[:-1], "n", prev.start, prev.end - 1), name]


def _letter(word: str) -> bool:
    """Is ``word`` one capital Latin letter (A, B), full-width or not?"""
    return len(word) == 1 and ("A" <= word <= "Z" or "Ａ" <= word <= "Ｚ")


# Tags after a familiar name of a letter: a mark, a preposition, a time word (小A在视频中说, 小B昨天表示).
_AFTER_LETTER_TAGS = frozenset("x p t".split())


def familiar_before_action(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """小/刘举/nr 着 -> 小刘/nr 举/v 着, 小周握/nr 着 -> 小周/nr 握/v 着 (the shapes of
    ``lexicon.segmenter_repairs_zh.FAMILIAR_VERBS``), 老/杨/nr 拍/v 着 -> 老杨/nr 拍/v 着: 老 or 小 and a surname
    before a verb with its particle of aspect (举着喇叭说, 指着西瓜说) are one familiar name, the verb no part of it."""
    return _familiar_verb(out, tokens, i) or _familiar_before_verb(out, tokens, i)


_familiar_verb = verb_before_aspect(FAMILIAR_VERBS)


def _familiar_before_verb(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """老/杨/nr 拍/v 着 -> 老杨/nr 拍/v 着, 老/杨/nr 拍着/v: the familiar name read as two words before the verb of an
    action with its particle (no numeral before them)."""
    t, nxt, after, prev = tokens[i], at(tokens, i + 1), at(tokens, i + 2), last(out)
    if prev is not None and prev.tag[:1] == "m" or len(t.word) != 1 or nxt is None or after is None:
        return None
    if len(nxt.word) != 1 or nxt.word not in SURNAMES or nxt.tag in NEVER_TAGS or after.tag != "v":
        return None
    acting = after.word[-1] in MANNER_ASPECTS if len(after.word) == 2 else _aspect_at(tokens, i + 3)
    return [joined(t, nxt, "nr")] if acting else None


def _aspect_at(tokens: Sequence[Token], i: int) -> bool:
    """Is the token at ``i`` the particle 着 or 了 alone (举/着, 拍/了; not 了解, 着手, 过来: other words)?"""
    t = at(tokens, i)
    return t is not None and t.word in MANNER_ASPECTS


def familiar_glued_to_cue(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """厨师/小/a 黄说/v -> 厨师/小黄/nr 说/v: 老 or 小, then a surname jieba glues to the verb of saying after it, are
    one familiar name and the verb (no numeral before them: 三/小/张说明)."""
    t, glued, prev = tokens[i], at(tokens, i + 1), last(out)
    if glued is None or len(glued.word) < 2 or glued.word[0] not in SURNAMES or glued.word[1:] not in SAY_AFTER_NAME:
        return None
    if prev is not None and prev.tag[:1] == "m":
        return None
    name = Token(t.word + glued.word[0], "nr", t.start, glued.start + 1)
    return [name, Token(glued.word[1:], "v", glued.start + 1, glued.end)]


def familiar_glued_to_adverb(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """老/a 郑直/nr 摇头 -> 老郑/nr 直/d 摇头, 小/a 郑忙/nr 摆手 -> 小郑/nr 忙/d 摆手: 老 or 小, then a surname jieba
    reads as a name with the one-character adverb after it (直 "keeps", 忙 "hastily"), right before a verb (what the
    person does before speaking), are one familiar name and the adverb: 老 or 小 stands before a surname, never
    before a name of two characters (no numeral before them: 三/小/张)."""
    t, glued, after, prev = tokens[i], at(tokens, i + 1), at(tokens, i + 2), last(out)
    if t.word not in FAMILIAR_PREFIXES or glued is None or after is None:
        return None
    if glued.start != t.end or after.start != glued.end:
        return None
    if len(glued.word) != 2 or glued.tag not in _NAME_TAGS or glued.word[0] not in SURNAMES:
        return None
    if prev is not None and prev.tag[:1] == "m" or not after.tag.startswith("v"):
        return None
    if char_tag(glued.word[1]) not in _ADVERB_READ_TAGS:
        return None
    name = Token(t.word + glued.word[0], "nr", t.start, glued.start + 1)
    return [name, Token(glued.word[1], "d", glued.start + 1, glued.end)]


# The tags of a name jieba reads of a surname and the adverb after it (郑直/nr), and those jieba gives the adverb
# read alone (直/d; 忙/v, as in 帮忙).
_NAME_TAGS = frozenset("nr nrfg".split())
_ADVERB_READ_TAGS = frozenset("d v".split())


def familiar_read_as_noun(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """村民/老张/n 说 -> 村民/老张/nr 说: a familiar name (老 or 小 and a surname) jieba reads as a common noun or an
    adjective (厨师/老黄/a) or a time word (清洁工/老周/t), right before a verb of saying or the end of the text (the
    speaker readers tag a subject alone), is a name (老王/nr is one already); so is 小 and a given character after a
    noun of a kind of person (游客/小美/j 说: a pet name or an alias)."""
    t, after = tokens[i], at(tokens, i + 1)
    acts = _acts(t, after, at(tokens, i + 2))
    if len(t.word) != 2 or t.word[0] not in FAMILIAR_PREFIXES or not said_or_end(after) and not acts:
        return None
    familiar = t.word[1] in SURNAMES and t.tag in _FAMILIAR_READ_TAGS
    if familiar or t.word[0] == "小" and t.tag in _PET_NAME_TAGS and _after_person_noun(last(out)):
        return [retag(t, "nr")]
    return None


def _acts(t: Token, after: Token | None, then: Token | None) -> bool:
    """Is ``after`` a verb right after ``t``, 老 and a surname that is no noun of a person (老张/n 点点头, 老周/t
    站起来: what the person does before speaking; not 老师, a title)? A word of one character before a particle of
    aspect is a verb whatever jieba tags it (老周/t 叹/zg 了口气)."""
    if after is None or after.start != t.end:
        return False
    aspect = then is not None and then.start == after.end and then.tag in ASPECT_TAGS
    verb = after.tag.startswith("v") or len(after.word) == 1 and aspect
    return verb and t.word[0] == "老" and t.word not in SURNAME_TITLES and t.word not in PEOPLE_WORDS


# Tags jieba gives a familiar name it reads as another word: a noun, an adjective (厨师/老黄/a), a time word (老周/t).
_FAMILIAR_READ_TAGS = frozenset("n a t".split())
# Tags jieba gives 小 and a given character it does not read as a name (小美/j, 小雨/n).
_PET_NAME_TAGS = frozenset("j n a nz".split())


def _after_person_noun(prev: Token | None) -> bool:
    """Is ``prev`` a noun of a kind of person (游客, 女孩, 网友, 大学生)?"""
    if prev is None or not prev.tag.startswith("n") or prev.tag.startswith("nr"):
        return False
    return prev.word.endswith(PERSON_NOUN_ENDS) or prev.word in PEOPLE_WORDS or prev.word.endswith(_CHILD_ENDS)


# Ends of a noun of a young person (女孩, 男孩, 小伙子 is in PEOPLE_WORDS).
_CHILD_ENDS = ("孩",)


def familiar_glued_to_noun(t: Token) -> bool:
    """The test of :func:`familiar_off_noun`: a noun jieba's model made up (no word of its dictionary) ending in 老
    or 小 and a surname (博主小王/n) or in 老 or 小 alone (村医老/n)?"""
    w = t.word
    ends = w[-1] in FAMILIAR_PREFIXES or len(w) >= 4 and w[-2] in FAMILIAR_PREFIXES and w[-1] in SURNAMES
    return len(w) >= 3 and t.tag == "n" and ends and not known(w)


def familiar_off_noun(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """视频/博主小王/n 说 -> 视频/博主/小王/nr 说, 村医老/n 赵说/v -> 村医/老赵/nr 说/v: a familiar name jieba glued
    to the noun of a person before it (博主, 村医), before a verb of saying, a preposition, a time word or the end
    of the text, is a name of its own, the noun its role."""
    t, after = tokens[i], at(tokens, i + 1)
    w, a = t.word, t.start
    if not familiar_glued_to_noun(t):
        return None
    if w[-1] in FAMILIAR_PREFIXES:
        head = w[:-1]
        if after is None or after.start != t.end or len(after.word) < 2 or after.word[0] not in SURNAMES:
            return None
        if after.word[1:] not in SAY_AFTER_NAME or not _person_head(head):
            return None
        name = Token(w[-1] + after.word[0], "nr", t.end - 1, after.start + 1)
        return [Token(head, "n", a, t.end - 1), name, Token(after.word[1:], "v", after.start + 1, after.end)]
    head = w[:-2]
    ends = said_or_end(after) or after is not None and after.tag in _AFTER_LETTER_TAGS
    if not ends or not _person_head(head):
        return None
    return [Token(head, "n", a, t.end - 2), Token(w[-2:], "nr", t.end - 2, t.end)]


def _person_head(head: str) -> bool:
    """Is ``head`` a noun of a person (博主, 网红博主, 村医): ending as one does, or a word of the dictionary
    of two characters at least?"""
    return len(head) >= 2 and (head.endswith(PERSON_NOUN_ENDS) or head in PEOPLE_WORDS or known(head))


def noun_of_a_person_tagged_name(t: Token) -> bool:
    """The test of :func:`noun_of_a_person_read_as_name`: a word of three characters opening with 老 or 小 that jieba
    tags a name (小姑娘/nr, 小老头/nr, 老师傅/nr, 老爷爷/nr)?"""
    return len(t.word) == 3 and t.tag == "nr" and t.word[0] in FAMILIAR_PREFIXES


def noun_of_a_person_read_as_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """这个/小姑娘/nr 说 -> 小姑娘/n, 一个/小老头/nr -> 小老头/n: 老 or 小 before a noun of the dictionary (姑娘, 老头,
    师傅, 爷爷), the whole a word jieba's dictionary tags a name, is a kind of person, no one named (a familiar name
    is 老 or 小 and a surname: two characters)."""
    t = tokens[i]
    if not noun_of_a_person_tagged_name(t):
        return None
    rest = t.word[1:]
    tags = jieba_tags(rest)
    if len(tags) != 1 or not tags[0][1].startswith("n") or tags[0][1] in NAME_TAGS or not known(t.word):
        return None
    return [retag(t, "n")]
