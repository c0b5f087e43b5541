"""Which of the segmenter's words is a person's name where a Chinese 他/她 looks for the one it stands for
(:mod:`.antecedents_zh`): a surname and a given name (王明/nr), a dotted or transliterated name (默克尔/nrt), a name
that opens with no surname of the tables (阿迪力), a name glossed in Latin letters (蓬佩奥（Mike Pompeo）); not a
thing counted or pointed at (几次|洪水, 这场|洪水).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon.bodies_zh import PLACE_ENDS
from ...lexicon.people_nouns_zh import KIN_NOUNS, MISTAGGED_PERSON_NOUNS
from ...lexicon.personal_names_zh import (
    A_KIN_WORDS,
    DOUBLE_SURNAMES,
    FAMILIAR_PREFIXES,
    NOT_IN_TRANSLITERATION,
    NOT_NAME_WORDS,
    SURNAMES,
    TRANSLITERATION_CHARS,
)
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.time_words_zh import NUMERAL_CHARS
from ...text import is_cjk_char
from .. import segmenter
from .names_without_surname_zh import lead_tagged
from .names_zh import opens_with_surname, person_word, surnamed_name

__all__ = ["glossed_name", "modified_noun", "person_at"]


def person_at(toks: Sequence[segmenter.Token], i: int) -> bool:
    """:func:`_person_token` for ``toks[i]``, but not a name of no surname right after a surname it is the given name
    of (司马/晓燕去: the segmenter left the surname apart; no name of its own follows a surname)."""
    t = toks[i]
    if not _person_token(t):
        return False
    before = toks[i - 1] if i > 0 else None
    surname = before is not None and before.end == t.start and (
        before.word in DOUBLE_SURNAMES or len(before.word) == 1 and before.word in SURNAMES
    )
    return not (surname and _name_without_surname(t) and not opens_with_surname(t.word))


def _person_token(t: segmenter.Token) -> bool:
    """Is ``t`` a person's name as a subject: a surname and a given name, a dotted name, or a familiar
    name of 阿 (阿明, not the kin word 阿婆)?"""
    if surnamed_name(t) or "·" in t.word:
        return True
    if t.tag == "ns" and len(t.word) == 3 and t.word[0] in SURNAMES and t.word[-1] not in PLACE_ENDS:
        return True  # 马建国/ns: a name the dictionary holds as a place (places of three end as places do: 石家庄)
    if t.tag in ("n", "ns") and 2 <= len(t.word) <= 3 and t.word[0] in SURNAMES and not segmenter.is_word(t.word):
        # 李稻葵/n, 黄建/ns: a word jieba's model made up, surname first; not one the tables hold no name (田坎: its
        # tag repaired from nr to n, the word still out of the dictionary)
        return all(is_cjk_char(ch) for ch in t.word) and t.word not in NOT_NAME_WORDS
    if _transliterated(t) or _name_without_surname(t):
        return True
    familiar = t.tag in NAME_TAGS and len(t.word) == 2 and t.word[0] == "阿"
    return familiar and t.word not in KIN_NOUNS and t.word not in A_KIN_WORDS


def _name_without_surname(t: segmenter.Token) -> bool:
    """Is ``t`` a name jieba tags a person's (nr, nrfg, nrt) of three or four Han characters that opens with no
    surname of the tables: a minority's name (阿迪力, 乌兰图雅) or one of a surname the tables lack (恽国栋)? Not a
    title, an organisation, a kind of person (保姆/nrt), a place (紫禁城/nr), a count (一审判决/nr), nor words run on
    into the sentence (雅说, 李华则) or a verb glued to a name (供/小欣雨)."""
    word = t.word
    return (
        3 <= len(word) <= 4 and person_word(t) and all(is_cjk_char(ch) for ch in word)
        and not any(ch in NOT_IN_TRANSLITERATION for ch in word)
        and word[-1] not in PLACE_ENDS and word[0] not in NUMERAL_CHARS
        and word not in MISTAGGED_PERSON_NOUNS and word not in KIN_NOUNS and not _verb_before_name(word)
        and not segmenter.is_word(word) and word[0] not in FAMILIAR_PREFIXES
    )


def _verb_before_name(word: str) -> bool:
    """Is ``word`` a verb or a preposition of one character glued to a name that opens with a surname or a
    familiar prefix (供/小欣雨, 给/王华): the name is the rest?"""
    named = word[1:2] in SURNAMES or word[1:2] in FAMILIAR_PREFIXES
    return named and lead_tagged(word, ("v", "p", "c", "d"))


def glossed_name(text: str, t: segmenter.Token) -> bool:
    """Is ``t``, tagged a name, glossed by a name in Latin letters in brackets right after it (蓬佩奥（Mike
    Pompeo）): a foreign person's name, whatever characters it is written in?"""
    return t.tag in NAME_TAGS and _LATIN_GLOSS_RE.match(text, t.end) is not None


# A person's name in Latin letters in brackets (（Mike Pompeo）, (Dominic Raab)).
_LATIN_GLOSS_RE = re.compile(r"[（(]\s*[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*)+\s*[）)]")


def _transliterated(t: segmenter.Token) -> bool:
    """Is ``t`` a foreign name written without a dot (拜登, 默克尔, 内塔尼亚胡): tagged a transliteration,
    of transliteration characters only, and no noun of a kind of person (保姆/nrt)? (Names jieba tags
    nr, 特朗普, are left out: words of the same characters tagged so are too often no name.)"""
    return (
        t.tag == "nrt" and 2 <= len(t.word) <= _TRANSLITERATED_MAX
        and all(ch in TRANSLITERATION_CHARS for ch in t.word) and t.word not in MISTAGGED_PERSON_NOUNS
    )


# How long a transliterated name written without a dot may be (内塔尼亚胡).
_TRANSLITERATED_MAX = 6

# Tags of a count (几次, 一场): the word after it is a thing counted, never a person's name.
_COUNT_TAGS = frozenset("m mq".split())


def modified_noun(before: segmenter.Token, t: segmenter.Token) -> bool:
    """Is ``t``, tagged a name, a thing: after a count (几次|洪水), or a word of the dictionary after a
    demonstrative (这场|洪水), as no name is written? (After 的 a name is: 民主党的|陈家洛.)"""
    return before.tag in _COUNT_TAGS or before.tag == "r" and segmenter.is_word(t.word)
