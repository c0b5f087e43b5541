"""A surname jieba has no word for (夔, 蹇, 钮: a character it tags ``zg`` alone) and the given name after it,
which it reads as another word (夔/zg 立新/d 说 -> 夔立新/nr 说), joined into one name where a subject stands:
after a noun (a title: 总导演) or where a clause starts, and before a verb of saying or where the text ends
(the speaker readers tag a subject alone: 市长夔立新). So with a surname of the table jieba reads alone, whatever it
tags it (赵/nr 立新/d 说, 何/r 立新/d 表示), unless the word after it is an adverb between a subject and its verb
(王/随后/说)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.cue_words_zh import CUE_ADVERBS, SAY_AFTER_NAME
from ...lexicon.people_nouns_zh import NOT_SPEAKER_WORDS, PEOPLE_KIND_END_CHARS, PERSON_NOUN_ENDS
from ...lexicon.personal_names_zh import NOT_GIVEN_ENDS, SURNAMES
from ...lexicon.quotes_zh import ZH_SKIPPABLE
from ...lexicon.segmenter_repairs_zh import GLUED_FUNCTION_WORDS
from ...lexicon.titles_zh import TITLES_TAGGED_OTHERWISE
from ...text import is_cjk_char
from .base import Token, at, joined, last

# Tags of a word that is no given name: marks, conjunctions, prepositions, particles, pronouns, verbs, numbers.
_NOT_GIVEN_TAGS = ("x", "c", "p", "u", "r", "v", "m", "q", "y", "e", "f", "t")
# Tags of the word before such a subject: a mark (a clause starts), a noun (a title, 总导演), a place or a body.
_BEFORE_SUBJECT_TAGS = frozenset("x n nt ns".split())
# Characters that stand alone before a verb and are no surname: adverbs of a cue, function words, of degree.
_NOT_SURNAMES = CUE_ADVERBS | GLUED_FUNCTION_WORDS | NOT_GIVEN_ENDS
# Words between a subject and its verb that are no given name (随后, 当即, 首先).
_ADVERBS_AFTER_SUBJECT = frozenset(ZH_SKIPPABLE) | NOT_SPEAKER_WORDS


def rare_surname_given(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """The rare surname at ``tokens[i]`` and the two characters after it as one ``nr`` token, where they stand
    as the subject of a verb of saying; None otherwise."""
    t, given, verb, prev = tokens[i], at(tokens, i + 1), at(tokens, i + 2), last(out)
    if not lone_surname_character(t) or t.word in _NOT_SURNAMES or given is None:
        return None
    if verb is not None and verb.word not in SAY_AFTER_NAME and not _after_person_noun(prev, t):
        if not _proper_given_opening(t, given, verb, prev):
            return None
    if len(given.word) != 2 or given.tag.startswith(_NOT_GIVEN_TAGS) or not all(map(is_cjk_char, given.word)):
        return None
    if not lone_rare_character(t) and given.word in _ADVERBS_AFTER_SUBJECT:
        return None  # (王/随后/说: a surname alone as the subject, and an adverb of time or order)
    before_subject = prev is None or prev.tag in _BEFORE_SUBJECT_TAGS or prev.word in TITLES_TAGGED_OTHERWISE
    if not before_subject or prev is not None and _ends_kind_noun(prev, t, given):  # (主任/b: a title, 总导演/n)
        return None
    return [joined(t, given, "nr")]


def _proper_given_opening(t: Token, given: Token, verb: Token, prev: Token | None) -> bool:
    """Is ``t``, a surname of the table jieba reads as a verb (戴/v: to wear), followed by a word of two characters it
    tags a proper noun, no name of its own (建华/nz, 志强/nrfg), where a clause starts (the text's start or a mark),
    then an adverb or a verb (戴/v 建华/nz 反复/v 叮嘱): the subject's name, whatever verb follows? A name jieba tags
    one after the verb (祝/v 王明/nr: to wish 王明) is the verb's object; a place (建国/ns) is left as read."""
    return (
        t.tag in ("v", "vn") and t.word in SURNAMES and given.tag in _PROPER_GIVEN_TAGS and t.end == given.start
        and (prev is None or prev.tag == "x") and verb.tag[:1] in ("d", "v", "l")  # (反复强调/l)
    )


# Tags jieba gives a given name of two characters read apart from its surname (建华/nz, 志强/nrfg).
_PROPER_GIVEN_TAGS = frozenset("nz nrfg".split())


def _after_person_noun(prev: Token | None, t: Token) -> bool:
    """Is ``t``, a surname of the table, right after a noun of a kind of person or a title (大户, 村民, 局长), where a
    name stands whatever verb follows (种粮大户/何/r 建平/n 笑着迎了上来)? Not a conjunction or a preposition there
    (研究生/和/c 同学: and a classmate)."""
    return (
        prev is not None and prev.tag == "n" and len(prev.word) >= 2 and prev.word.endswith(PERSON_NOUN_ENDS)
        and prev.end == t.start and t.word in SURNAMES and not t.tag.startswith(("c", "p"))
    )


def _ends_kind_noun(prev: Token, t: Token, given: Token) -> bool:
    """Is ``t`` the end of a noun of a kind of person (员, 工, 农) glued to the noun before it (网格/员: 网格员) before
    a name of its own (李梅/nr, a surname first)? (社区网格/员/李梅 说: no name 员李梅)"""
    return (
        t.word in PEOPLE_KIND_END_CHARS and prev.tag.startswith("n") and prev.end == t.start
        and given.tag == "nr" and given.word[0] in SURNAMES
    )


def lone_surname_character(t: Token) -> bool:
    """Is ``t`` a surname jieba read alone: a rare character (:func:`lone_rare_character`), or a surname of the
    table whatever jieba tags it (赵/nr 立新/d 说, 何/r 立新/d 表示: the given name read as another word)?"""
    return lone_rare_character(t) or len(t.word) == 1 and t.word in SURNAMES


def lone_rare_character(t: Token) -> bool:
    """Is ``t`` one Han character jieba tags ``zg`` (a character it has no word for, read alone)?"""
    return t.tag == "zg" and len(t.word) == 1 and is_cjk_char(t.word)
