"""A Chinese speaker's phrase that opens with a count of people or bodies and a noun (两名官员, 其中一名律师,
近百家企业, 两国总理): a description of who speaks, not a name. Used by :mod:`.trim_zh` and :mod:`.noun_phrase_zh`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.bodies_zh import COUNTED_SIDES
from ...lexicon.people_nouns_zh import PERSON_MEASURES
from ...lexicon.time_words_zh import NUMERAL_CHARS
from .. import segmenter
from . import names_zh as N

__all__ = ["counted"]


# Measures a count of speakers takes: of people (一名, 两位), and of bodies (一家公司, 多家企业).
_COUNT_MEASURES = (*PERSON_MEASURES, "家")


def counted(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase open with a count of people and a noun (两名官员, 其中一名律师; the bare numeral 一 counts one:
    一司机): a description?"""
    toks = toks[1:] if len(toks) > 2 and toks[0].tag == "r" else toks
    if toks and toks[0].word[:1] == "另" and toks[0].word[1:].endswith(PERSON_MEASURES) and len(toks[0].word) > 2:
        toks = [segmenter.Token(toks[0].word[1:], "m", toks[0].start + 1, toks[0].end), *toks[1:]]  # 另一名/i: another
    if _count_of_sides(toks):
        return True
    toks = _count_joined(toks)
    return (
        len(toks) >= 2 and toks[0].tag == "m" and (toks[0].word.endswith(_COUNT_MEASURES) or toks[0].word == "一")
        and toks[1].tag.startswith(("n", "j", "v", "f", "s")) and not N.named(toks[-1])
    )


def _count_of_sides(toks: Sequence[segmenter.Token]) -> bool:
    """Does the phrase open with a numeral counting countries or sides, a noun after it (两|国外|长, 两|国|总理,
    两岸/f|专家: jieba cuts the count apart, or tags it a localiser), or the counted countries alone (两|国)?"""
    first = toks[0].word if toks else ""
    if first[:1] not in NUMERAL_CHARS or len(toks) < 2:
        return False
    if len(first) == 2:
        return first[1] in COUNTED_SIDES and toks[1].tag.startswith("n")
    sides = toks[1].word
    return len(first) == 1 and sides[:1] in COUNTED_SIDES


def _count_joined(toks: Sequence[segmenter.Token]) -> Sequence[segmenter.Token]:
    """``toks`` with the words of the count they open with joined into one numeral: jieba cuts a count in digits
    (3/m 名/q, 30/m 余家/m) and reads an approximate one as a set phrase (近百家/l 企业)."""
    k = 0
    while k < len(toks) - 1 and (toks[k].tag in ("m", "q") or k == 0 and _approximate_count(toks[k])):
        k += 1
    if k == 0 or k == 1 and toks[0].tag != "l":
        return toks
    return [segmenter.Token("".join(t.word for t in toks[:k]), "m", toks[0].start, toks[k - 1].end), *toks[k:]]


def _approximate_count(t: segmenter.Token) -> bool:
    """Is ``t`` a set phrase of an approximate count of people or bodies (近百家/l, 上千名/l)?"""
    return t.tag == "l" and t.word.endswith(_COUNT_MEASURES) and t.word[-2:-1] in NUMERAL_CHARS
