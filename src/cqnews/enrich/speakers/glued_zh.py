"""Words jieba glues to the edges of a Chinese speaker, which are no part of it: an adverbial of manner before the
cue (苹果公司坦率地说, 斯塔默不止一次地称).

jieba glues 地 to the word of manner before it (坦率地) or to the cue after it (地称), and tags the glued word a noun,
so the adverbial is read off the characters: a word of two characters or more that ends in 地 right before the cue
(or 地 glued to the cue after such a word), unless it is a noun of a place (目的地, 所在地, 立足之地).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import zh as L
from .. import segmenter

__all__ = ["manner_before_cue"]


def manner_before_cue(toks: Sequence[segmenter.Token], cue: int) -> int | None:
    """The index of the first word of an adverbial of 地 ending at ``cue`` (an offset in the clause ``toks`` were
    read from, the cue's start), when one stands there with words before it; None otherwise."""
    k = next((i for i, t in enumerate(toks) if t.end > cue), len(toks))
    if k < len(toks) and toks[k].start < cue:  # (不止一次/地称: 地 glued to the cue)
        glued = toks[k].word[: cue - toks[k].start] == "地"
        return k - 1 if glued and k >= 2 and _manner_stem(toks[k - 1].word) else None
    if k >= 2 and _manner_word(toks[k - 1]):
        return k - 1  # (坦率地/说)
    return None


def _manner_word(t: segmenter.Token) -> bool:
    """Is ``t`` a word of manner with its 地 (坦率地, 一字一句地), not a noun of a place ending in 地?"""
    return t.word.endswith("地") and _manner_stem(t.word[:-1]) and t.tag not in _PLACE_TAGS


def _manner_stem(stem: str) -> bool:
    """Can ``stem`` be what stands before the 地 of manner: two characters or more, no 之 (立足之地) and, with 地,
    no noun of a place (目的地, 所在地)?"""
    return len(stem) >= 2 and not stem.endswith("之") and stem + "地" not in L.PLACE_NOUNS_OF_DI


# Tags of a word that names a place or a body, never a word of manner.
_PLACE_TAGS = frozenset(("ns", "nt", "nr", "nrt", "nz", "s"))

