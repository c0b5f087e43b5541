"""Chinese person names that open with no surname of the tables (a minority's name, a transliteration), read
where the segmenter leaves clues: after a dictionary noun of a person (编剧|达瓦顿珠, 证人|阙国栋, 女儿|古丽扎尔), or as
one name the segmenter cut in pieces it tags as parts of names (努尔/艾力, 其美/多吉, 出狱的|央金/拉姆).

The functions take simplified text (:func:`cqnews.enrich.segmenter.to_simplified`); names with a surname of the
tables are read in :mod:`.names_zh`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import quotes_zh as QZ
from ...lexicon.bodies_zh import PLACE_ENDS
from ...lexicon.people_nouns_zh import KIN_NOUNS, PEOPLE_KIND_ENDS, PEOPLE_WORDS, PERSON_NOUN_ENDS
from ...lexicon.personal_names_zh import (
    FAMILIAR_PREFIXES,
    GIVEN_NAME_HEADS,
    HONORIFICS,
    LONE_SURNAME_TITLES,
    NOT_IN_TRANSLITERATION,
    SURNAMES,
)
from ...lexicon.pos_tags_zh import NAME_PIECE_TAGS, NAME_TAGS
from ...lexicon.titles_zh import JOB_END_CHARS, TITLE_ENDS, TITLE_HEADS
from ...text import is_cjk_char
from .. import segmenter

__all__ = ["lead_tagged", "name_after_person_noun", "name_of_pieces", "pieces_start", "whole_name_of_pieces"]


def name_after_person_noun(seg: str) -> str | None:
    """The name (2 to 4 characters) after a dictionary noun of a person ending ``seg``, whatever characters it is
    written in (编剧|达瓦顿珠, 证人|阙国栋, 女儿|古丽扎尔, 演员|冀先生): a name that opens with no surname of the tables
    is read by where the noun before it ends. None when the rest is no name's shape (words of the sentence, a
    dictionary word other than a name, a title or a kind of person)."""
    toks = segmenter.tag(seg)
    k = next((k for k in range(len(toks) - 2, -1, -1) if _person_noun(toks[k]) or toks[k].word == "的"), None)
    if k is None:
        return None
    rest, after = seg[toks[k].end :], toks[k + 1 :]
    if not 2 <= len(rest) <= 4 or not all(is_cjk_char(c) and c not in NOT_IN_TRANSLITERATION for c in rest):
        return None
    if _lone_surname_titled(after):
        return rest  # 人士|仝/nr 先生, 当值的|阙/nr 警官: jieba reads the character before the title as a surname
    if toks[k].word == "的":
        return None
    placed = _name_read_as_place(after)  # (村民|马建国/ns: 国 ends given names too)
    given_like = placed or _given_like_head_after(after)
    if rest.endswith(_NOT_NAME_AFTER_NOUN) and not given_like or rest[0] in FAMILIAR_PREFIXES:
        return None
    sentence = any(t.tag[:1] in _SENTENCE_TAGS and t.tag not in NAME_TAGS for t in after)
    proper = after[0].tag == "nz" and len(rest) >= 3  # (村民|朝克图/nz: a proper noun of three the dictionary holds)
    proper = proper or placed
    word = len(after) == 1 and after[0].tag not in NAME_TAGS and not proper and segmenter.is_word(rest)
    pieces = any(t.tag in NAME_PIECE_TAGS for t in after)  # (扎西/ns 顿珠/ns; no name of common nouns only)
    return rest if pieces and not (sentence or word) else None


def _given_like_head_after(after: Sequence[segmenter.Token]) -> bool:
    """Are ``after`` one character jieba tags a name (a surname, of a table or not: 钮/nr) and a given name of two
    ending in a character that also heads a body's name (建军, 卫国): a person's name, no army nor body?"""
    return (
        len(after) == 2 and len(after[0].word) == 1 and after[0].tag == "nr"
        and len(after[1].word) == 2 and after[1].word[-1] in GIVEN_NAME_HEADS
    )


def whole_name_of_pieces(seg: str) -> str | None:
    """The name in pieces (:func:`name_of_pieces`) that is all of ``seg`` (努尔/艾力) or all of it after a noun of a
    person (议员|其美/多吉, read whole before a surname inside it cuts it: 美多吉), else None."""
    if name_of_pieces(seg):
        return seg
    rest = name_after_person_noun(seg)
    return rest if rest is not None and name_of_pieces(rest) else None


def name_of_pieces(seg: str) -> bool:
    """Is ``seg``, a subject of four characters, one name the segmenter cut in pieces it tags as parts of names
    (努尔/nrt 艾力/nr, 其美/j 多吉/nrt: a minority's name, no surname of the tables): no place, count or word of the
    sentence among them, one piece at least tagged a person's name? Not a verb read with a name into a piece the
    segmenter made up (应依/郑斌: 应 is "should")."""
    toks = segmenter.tag(seg)
    pieces = len(toks) >= 2 and all(t.tag in _WHOLE_NAME_PIECE_TAGS for t in toks)
    plain = all(is_cjk_char(c) and c not in NOT_IN_TRANSLITERATION for c in seg)
    led = _verb_led(toks[0]) or _job_word(toks[0]) if toks else False
    return len(seg) == 4 and pieces and plain and any(t.tag in NAME_TAGS for t in toks) and not led


def _job_word(t: segmenter.Token) -> bool:
    """Is ``t`` a dictionary word of two characters ending in the end of a noun of a job (交警/j, 武警/j: jieba tags
    these short forms as it tags 其美/j, a piece of a name), so the name after it is the person's, no name in pieces
    (交警|王磊 -> 王磊, role 交警)?"""
    return len(t.word) == 2 and t.word[-1] in JOB_END_CHARS and segmenter.is_word(t.word)


def pieces_start(text: str, toks: Sequence[segmenter.Token], at: int, end: int) -> int:
    """Where the name ``text[at:end]`` starts: at the word of ``toks`` that ends at ``at`` when the two are one
    name in pieces (:func:`name_of_pieces`: 格桑/多吉, 出狱的|央金/拉姆: the second piece alone is its tail), else at
    ``at``."""
    before = next((t.start for t in toks if t.end == at), None)
    return before if before is not None and name_of_pieces(text[before:end]) else at


def _verb_led(t: segmenter.Token) -> bool:
    """Is ``t`` a piece no dictionary holds whose first character alone is a verb, an adverb, a preposition, a
    conjunction or a pronoun (应依, 达瓦次)?"""
    return not segmenter.is_word(t.word) and lead_tagged(t.word, ("v", "p", "c", "d", "r"))


def lead_tagged(word: str, tags: tuple[str, ...]) -> bool:
    """Is the first character of ``word``, read alone, tagged one of ``tags`` (tags' first letters: 应/v, 经/p)?"""
    head = segmenter.tag(word[0])
    return bool(head) and head[0].tag.startswith(tags)


# Tags of the pieces of one name cut by the segmenter (not ns, a place, nor m, a count: 广东/王明, 两名/官员).
_WHOLE_NAME_PIECE_TAGS = NAME_PIECE_TAGS - {"ns", "m"}


def _person_noun(t: segmenter.Token) -> bool:
    """Is ``t`` a dictionary noun of a person (编剧, 证人, 议员, 女儿, 姑姑, 牧民), no name?"""
    w = t.word
    people = w.endswith(PERSON_NOUN_ENDS) or w.endswith(("剧", "医"))
    people = people or w in KIN_NOUNS or w in PEOPLE_WORDS or w in QZ.ZH_PERSON_HEADS
    return len(w) >= 2 and t.tag.startswith("n") and t.tag not in NAME_TAGS and people and segmenter.is_word(w)


def _name_read_as_place(after: Sequence[segmenter.Token]) -> bool:
    """Are ``after`` one word of three the segmenter tags a place that has a personal name's shape: a surname of the
    tables and two characters, the last no place's end (马建国/ns, not 马鞍山, 张家口: a mountain, a pass)? After a noun
    of a person (村民马建国) it is the person's name."""
    w = after[0].word if len(after) == 1 and after[0].tag == "ns" else ""
    return len(w) == 3 and w[0] in SURNAMES and w[-1] not in PLACE_ENDS


def _lone_surname_titled(after: Sequence[segmenter.Token]) -> bool:
    """Are ``after`` one character jieba tags a name and an honorific or a title (仝/先生, 阙/警官)?"""
    return len(after) == 2 and len(after[0].word) == 1 and after[0].tag == "nr" and after[1].word in LONE_SURNAME_TITLES




# Ends of words after a noun of a person that are no name (a title, a kind of person, a body).
_NOT_NAME_AFTER_NOUN: tuple[str, ...] = (
    *TITLE_HEADS, *QZ.ZH_PERSON_HEADS, *TITLE_ENDS, *PEOPLE_KIND_ENDS, *QZ.ZH_ORG_SUFFIXES, *HONORIFICS
)
# First letters of the tags of the sentence's words (verbs, prepositions, adverbs, conjunctions, particles, pronouns,
# numbers, places in time): none stands in a name.
_SENTENCE_TAGS = frozenset("v p d c u r m f t q y e o".split())
