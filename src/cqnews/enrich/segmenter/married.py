"""Married names of Hong Kong and Taiwan (林鄭月娥, 葉劉淑儀, 范徐麗泰: a husband's surname before the woman's
full name) that jieba cuts apart (林/郑月/娥, 叶/刘淑仪), joined back into one name where a subject ends."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.cue_words_zh import CUE_ADVERBS, SAY_AFTER_NAME
from ...lexicon.personal_names_zh import SURNAMES
from ...lexicon.time_words_zh import TIMES_MEASURES
from .base import Token

# How long a married name is: two surnames and a given name of two characters.
_SIZE = 4
# Tags jieba gives the first surname it leaves alone (林/ng, 叶/nr): not a preposition (向刘淑仪, 和王明) nor
# a noun's head (公民/党/杨岳桥: the party, then a name).
_SURNAME_TAGS = frozenset("ng nr nrfg".split())
# Tags of no part of a name: adverbs, conjunctions, prepositions, particles, verbs, pronouns, localisers.
_NOT_NAME_TAGS = ("d", "c", "p", "u", "v", "r", "y", "e", "f", "t", "q")
# Tags of what may follow a subject's name: a time word (今早, 昨日).
_AFTER_TAGS = frozenset("t".split())


def join_married(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """A married name cut apart, opening at ``tokens[i]``, joined into one name token: a lone surname, a second
    surname opening the next word, four characters in all, ending where a word ends and before a time word, a
    verb of saying, an adverb of going on or a mark."""
    k = _married_end(tokens, i)
    if k is None:
        return None
    return [Token("".join(t.word for t in tokens[i:k]), "nr", tokens[i].start, tokens[k - 1].end)]


def _married_end(tokens: Sequence[Token], i: int) -> int | None:
    """The index after the married name opening at ``tokens[i]``, or None."""
    first = tokens[i]
    if len(first.word) != 1 or first.word not in SURNAMES or not _first_surname(tokens, i):
        return None
    if i + 1 >= len(tokens) or tokens[i + 1].word[0] not in SURNAMES:
        return None
    size, k = 1, i + 1
    while k < len(tokens) and size < _SIZE:
        size += len(tokens[k].word)
        k += 1
    if size != _SIZE or k - i > 3 or any(t.tag.startswith(_NOT_NAME_TAGS) for t in tokens[i + 1 : k]):
        return None  # (汤/兰兰/还: an adverb after a name of three)
    if k == len(tokens):
        return k
    nxt = tokens[k]
    ends = nxt.tag in _AFTER_TAGS or nxt.word in SAY_AFTER_NAME or nxt.word in CUE_ADVERBS or _adverbial(nxt)
    return k if ends or not nxt.word[0].isalnum() else None


def _first_surname(tokens: Sequence[Token], i: int) -> bool:
    """Is ``tokens[i]`` tagged as a surname left alone may be (林/ng, 叶/nr), or read as a measure word before a
    name of three jieba knows (张/q 王建国/nr: 陈李美玲's shape), with no number or pointing word before it (一张,
    这张)?"""
    if tokens[i].tag in _SURNAME_TAGS:
        return True
    name_of_three = i + 1 < len(tokens) and tokens[i + 1].tag == "nr" and len(tokens[i + 1].word) == 3
    counted = i > 0 and (tokens[i - 1].tag in ("m", "r") or tokens[i - 1].word[-1:].isdigit())
    return tokens[i].tag == "q" and name_of_three and not counted


def _adverbial(t: Token) -> bool:
    """Is ``t`` an adverb or a count of times between a subject and its verb (林郑月娥|多次|强调)?"""
    return t.tag in ("d", "ad") or t.tag == "m" and t.word.endswith(TIMES_MEASURES)
