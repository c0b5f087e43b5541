"""A given name of two characters that are both adverbs (未, 皆: 马未皆), which jieba reads as adverbs after the
surname or glued to it, joined into the name where a person is named: after a title or a noun of a kind of person
(主持人/马未/d 皆/d 说 -> 主持人/马未皆/nr 说; with the surname cut alone, 主持人/马/n 亦/d 都/d 说) and after a
field's noun glued to 人马 (资深/媒体/人马/未/d 皆/d 说 -> 媒体人/马未皆/nr). Steps of ``core.REPAIRS``, after the cut
of a character glued to a two-character name (:func:`.glued.last_character_off_name`: 王华都/nr 说 -> 王华/都: a name
jieba read itself, "all" after it)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.people_nouns_zh import PERSON_NOUN_ENDS
from ...lexicon.personal_names_zh import SURNAMES
from ...lexicon.segmenter_repairs_zh import FIELDS_BEFORE_REN, NOUNS_GLUED_TO_MASHANG
from ...text import is_cjk_char
from .base import Token, at, joined, known, last, said_or_end

__all__ = ["adverb_given_name", "may_open_adverb_given"]

# The tag jieba gives an adverb, and the words after a subject where its phrase ends: a preposition (在节目中表示)
# and a time word (昨天表示).
_ADVERB = "d"
_AFTER_SUBJECT_TAGS = frozenset("p t".split())
# The tags jieba gives a surname it cuts alone before adverbs (马/n, 王/nr).
_LONE_SURNAME_TAGS = frozenset("n nr ng".split())


def may_open_adverb_given(t: Token) -> bool:
    """The test of :func:`adverb_given_name`: a word jieba's model made up of a surname and an adverb (马未/d, no word
    of its dictionary: 马上, 常常, 时常 are), or 人马 glued across a noun of a person and the surname 马."""
    made_up = len(t.word) == 2 and t.tag == _ADVERB and t.word[0] in SURNAMES and not known(t.word)
    lone = len(t.word) == 1 and t.word in SURNAMES and t.tag in _LONE_SURNAME_TAGS  # (马/n: no 和/c)
    return made_up or t.word in NOUNS_GLUED_TO_MASHANG or lone


def adverb_given_name(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """主持人/马未/d 皆/d 说 -> 主持人/马未皆/nr 说, 媒体/人马/未/d 皆/d 说 -> 媒体人/马未皆/nr 说: a surname and a
    given name of two adverbs, where a subject stands (after a noun of a person, before a verb of saying, a
    preposition, a time word or the end of the text); None otherwise."""
    t, prev = tokens[i], last(out)
    if not may_open_adverb_given(t) or prev is None or prev.end != t.start or not prev.tag.startswith("n"):
        return None
    if t.word in NOUNS_GLUED_TO_MASHANG:
        return _ren_ma_and_adverbs(prev, tokens, i)
    if len(t.word) == 1:
        return _surname_and_adverbs(prev, tokens, i)
    given, after = at(tokens, i + 1), at(tokens, i + 2)
    if not prev.word.endswith(PERSON_NOUN_ENDS) or given is None or not _adverb_char(given, t.end):
        return None
    return [joined(t, given, "nr")] if _subject_ends(after, given.end) else None


def _ren_ma_and_adverbs(prev: Token, tokens: Sequence[Token], i: int) -> list[Token] | None:
    """媒体/人马/未/d 皆/d 说 -> 媒体人/马未皆/nr: after a field's noun that makes a noun of a person with 人 (媒体人;
    not 双方/人马/也/都/表示: troops), 人马 and two one-character adverbs that make no word of the dictionary together
    (未皆; not 也都 before a cue)."""
    t, first, second, after = tokens[i], at(tokens, i + 1), at(tokens, i + 2), at(tokens, i + 3)
    if prev.word not in FIELDS_BEFORE_REN and not known(prev.word + "人"):
        return None
    if first is None or second is None or not _adverb_char(first, t.end) or not _adverb_char(second, first.end):
        return None
    if known(first.word + second.word) or not _subject_ends(after, second.end):
        return None
    noun = Token(prev.word + t.word[0], prev.tag, prev.start, t.start + 1)
    return [noun, Token(t.word[1] + first.word + second.word, "nr", t.start + 1, second.end)]


def _surname_and_adverbs(prev: Token, tokens: Sequence[Token], i: int) -> list[Token] | None:
    """主持人/马/n 亦/d 都/d 说 -> 主持人/马亦都/nr: after a noun of a person, a surname jieba cut alone and two
    one-character adverbs that make no word of the dictionary together (亦都), before the verb of saying, a
    preposition or a time word."""
    t, first, second, after = tokens[i], at(tokens, i + 1), at(tokens, i + 2), at(tokens, i + 3)
    if not prev.word.endswith(PERSON_NOUN_ENDS) or first is None or second is None:
        return None
    if not _adverb_char(first, t.end) or not _adverb_char(second, first.end) or known(first.word + second.word):
        return None
    name = Token(t.word + first.word + second.word, "nr", t.start, second.end)
    return [name] if _subject_ends(after, second.end) else None


def _adverb_char(t: Token, start: int) -> bool:
    """Is ``t`` one Han character tagged an adverb, right at ``start``?"""
    return t.start == start and len(t.word) == 1 and t.tag == _ADVERB and is_cjk_char(t.word)


def _subject_ends(after: Token | None, end: int) -> bool:
    """Does the subject's phrase end before ``after`` (a verb of saying, a preposition, a time word, or the end of
    the text), right at ``end``?"""
    return said_or_end(after) or after is not None and after.start == end and after.tag in _AFTER_SUBJECT_TAGS
