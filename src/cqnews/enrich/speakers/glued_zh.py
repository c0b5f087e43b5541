"""Words jieba glues to the edges of a Chinese speaker, which are no part of it: an adverbial of manner before the
cue (苹果公司坦率地说, 斯塔默不止一次地称), an adverb or a time word before it whose first character jieba gave to
the name (李华一/再说, 吕/特此/前, 斯塔/默本/月初); and a name jieba's model made up and tagged a word of function
(其其格/c), which is the speaker.

An adverb or a time word of the dictionary ending right at the cue (一再, 此前, 本月初) that jieba's reading crosses
(it starts inside one of jieba's words and ends inside another) is read as written, after a name (jieba's, or a
transliteration it cut in pieces: 斯塔/默): the reading that crosses it is wrong there, and the speaker ends where it
starts. A word jieba reads whole (王国庆/nr, whose 国庆 is a time word) is not crossed, and stays.

jieba glues 地 to the word of manner before it (坦率地) or to the cue after it (地称), and tags the glued word a noun,
so the adverbial is read off the characters: a word of two characters or more that ends in 地 right before the cue
(or 地 glued to the cue after such a word), unless it is a noun of a place (目的地, 所在地, 立足之地).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.bodies_zh import PLACE_NOUNS_OF_DI
from ...lexicon.pos_tags_zh import CLOSED_CLASS_TAGS, NAME_TAGS
from ...lexicon.time_words_zh import TIME_POINTER
from .. import segmenter
from .names_zh import name_in_words

__all__ = ["adverb_across", "made_up_function_word", "manner_before_cue"]


def manner_before_cue(toks: Sequence[segmenter.Token], cue: int) -> int | None:
    """The index of the first word of an adverbial of 地 ending at ``cue`` (an offset in the clause ``toks`` were
    read from, the cue's start), when one stands there with words before it; None otherwise."""
    k = next((i for i, t in enumerate(toks) if t.end > cue), len(toks))
    if k < len(toks) and toks[k].start < cue:  # (不止一次/地称: 地 glued to the cue)
        glued = toks[k].word[: cue - toks[k].start] == "地"
        return k - 1 if glued and k >= 2 and _manner_stem(toks[k - 1].word) else None
    if k >= 2 and _manner_word(toks[k - 1]):
        return k - 1  # (坦率地/说)
    if k >= 3 and toks[k - 1].word == "地" and _manner_stem(toks[k - 2].word) and toks[k - 2].tag not in _PLACE_TAGS:
        return _joined_by_er(toks, k - 2)  # (不止一次/地/表示: 地 read apart)
    return None


def _joined_by_er(toks: Sequence[segmenter.Token], k: int) -> int:
    """Where the adverbial of 地 whose last word is ``toks[k]`` starts: at a word of manner joined to it by 而 before
    it (骄傲/而/委屈/地: proud and hurt), else at ``toks[k]``."""
    joined = k >= 2 and toks[k - 1].word == "而" and toks[k - 2].tag in _JOINED_MANNER_TAGS
    return k - 2 if joined and toks[k].tag in _JOINED_MANNER_TAGS else k


# Tags of the words of manner 而 joins before 地 (骄傲/a 而 委屈/v 地, 无奈/d 而 平静/a 地).
_JOINED_MANNER_TAGS = frozenset("a ad d v".split())


def _manner_word(t: segmenter.Token) -> bool:
    """Is ``t`` a word of manner with its 地 (坦率地, 一字一句地), not a noun of a place ending in 地?"""
    return t.word.endswith("地") and _manner_stem(t.word[:-1]) and t.tag not in _PLACE_TAGS


def _manner_stem(stem: str) -> bool:
    """Can ``stem`` be what stands before the 地 of manner: two characters or more, no 之 (立足之地) and, with 地,
    no noun of a place (目的地, 所在地)?"""
    return len(stem) >= 2 and not stem.endswith("之") and stem + "地" not in PLACE_NOUNS_OF_DI


# Tags of a word that names a place or a body, never a word of manner.
_PLACE_TAGS = frozenset(("ns", "nt", "nr", "nrt", "nz", "s"))



def adverb_across(toks: Sequence[segmenter.Token], cue: int) -> int | None:
    """Where an adverb or a time word ending at ``cue`` starts (an offset in the clause ``toks`` were read from) when
    jieba's reading crosses it, with a word of two characters or more before it; None otherwise."""
    for size in range(_ADVERB_LONGEST, 1, -1):
        at = cue - size
        first = next((t for t in toks if t.start <= at < t.end), None)
        if first is None or first.start == at or first.end >= cue or at - first.start < 1:
            continue  # (no word crosses the adverb's start, or one holds it whole)
        clause = "".join(t.word for t in toks)
        if at >= _BEFORE_MIN and _adverb_word(clause[at:cue]) and _name_before(clause[:at]):
            return at
    return None


def _name_before(before: str) -> bool:
    """Does ``before`` end with a person's name as jieba reads it without the adverb (李华, 吕特, 斯塔默)?"""
    read = segmenter.tag(before)
    if read and read[-1].tag in NAME_TAGS and len(read[-1].word) >= _BEFORE_MIN:
        return True
    name = name_in_words(before)  # (英国首相斯塔/默: a transliteration jieba cut in pieces)
    return name is not None and len(name) >= _BEFORE_MIN


def _adverb_word(word: str) -> bool:
    """Is ``word`` an adverb or a time word of the dictionary (一再, 此前), or one with its pointer (本月初)? Not a
    time word jieba's model makes up (明中)."""
    read = segmenter.tag(word)
    known = segmenter.is_word(word) or word[:1] == TIME_POINTER and segmenter.is_word(word[1:])
    return known and len(read) == 1 and read[0].tag in _ADVERB_TAGS


# How long an adverb or a time word read across may be (本月初, 今天上午), its tags, and the words before it.
_ADVERB_LONGEST = 4
_ADVERB_TAGS = frozenset(("d", "t"))
_BEFORE_MIN = 2


def made_up_function_word(t: segmenter.Token) -> bool:
    """Is ``t`` three characters or more that no dictionary holds, tagged a word of function (其其格/c): a name
    jieba's model made up from characters it knows in other words (words of function are a closed class)?"""
    return len(t.word) >= _MADE_UP_MIN and t.tag in CLOSED_CLASS_TAGS and not segmenter.is_word(t.word)


# How long a made-up word tagged a word of function is (其其格).
_MADE_UP_MIN = 3
