"""The phrase of a preposition between a Chinese speaker and the cue (苹果公司|在信中, 他|向记者, 王某|在接受采访时,
网友|在社交平台上|发帖): where the speaker's clause ends before it. Used by :mod:`.trim_zh`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.bodies_zh import ORG_HEADS
from ...lexicon.cue_words_zh import CUE_ADVERBS, PUBLISH_VERBS
from ...lexicon.function_words_zh import (
    DAY_GLUED_PREPOSITIONS,
    LISTENER_PREPOSITIONS,
    LOCALISERS,
    ONLINE,
    ONLINE_ON,
    PHRASE_ENDS,
    PHRASE_PREPOSITIONS,
    PHRASE_PREPOSITIONS_GLUED,
)
from ...lexicon.pos_tags_zh import NAME_TAGS, PROPER_TAGS
from ...lexicon.segmenter_repairs_zh import CORRELATIVE_ADVERB
from ...lexicon.time_words_zh import DAY_POINTERS
from .. import segmenter
from .described_zh import place_owning_person

__all__ = ["phrase_cut"]


def phrase_cut(toks: list[segmenter.Token]) -> int | None:
    """Where a prepositional phrase between the speaker and the cue starts (苹果公司|在信中,
    他|向记者, 王某|在接受采访时), if one closes the clause; None otherwise."""
    for i in range(1, len(toks)):  # the first: 周桂兰|一边收拾房间一边(说), 王明|在会上向记者(表示)
        t = toks[i]
        if t.word in LISTENER_PREPOSITIONS and t.tag == "p":
            return i  # 汤继海|对于东军和梁利权(说): the one spoken to
        online = t.word == ONLINE and toks[i + 1 : i + 2] != [] and toks[i + 1].word.startswith(ONLINE_ON)  # (在线|上)
        if t.word in _PHRASE_OPENERS and t.tag in ("p", "v", "d") or _glued_opener(t.word) or online:
            after = toks[i + 1 :]
            if place_owning_person(after):
                return None  # 王明|在北京的同事: the colleague speaks, 王明 only owns them
            closes = bool(after) and (_closing(after[-1]) or _acting_after_place(after))
            named = any(b.tag in NAME_TAGS or b.tag == "nt" or b.word.endswith(ORG_HEADS) for b in toks[:i])
            short = len(after) <= 3 and not any(a.tag in NAME_TAGS for a in after)
            placed = _place_after_preposition(toks, i)
            return i if closes or short or named or placed else None  # (named: the speaker stands before the phrase)
    return None


# The words opening a phrase between the speaker and the cue: the prepositions, and the first 边 of 边…边 (老人|边抽烟边
# (说): two acts at once), as 一边 is.
_PHRASE_OPENERS = PHRASE_PREPOSITIONS | {CORRELATIVE_ADVERB}


def _glued_opener(word: str) -> bool:
    """Is ``word`` a preposition of place jieba glued to the word before it: 正在, or a day pointer and 在, an adverb
    between or none (昨在/t, 今在, 昨亦在/p: "yesterday at")?"""
    if word in PHRASE_PREPOSITIONS_GLUED:
        return True
    glued = len(word) >= 2 and word[0] in DAY_POINTERS and word[-1] in DAY_GLUED_PREPOSITIONS
    return glued and all(ch in CUE_ADVERBS for ch in word[1:-1])


def _closing(t: segmenter.Token) -> bool:
    """Is ``t`` a localiser or a word closing a phrase of a preposition (在信中, 在会上, 在接受采访时), a noun of
    two characters jieba read with its localiser (在小区|群里, 在朋友|圈里, 在评论|区里), or a word of time or place
    of two characters ending in a localiser, read off a meeting's name (在全县…工作推进|会上/t, 在…|会后/t)?"""
    glued = len(t.word) == 2 and t.word[1] in _GLUED_LOCALISERS and t.tag in ("n", "s", "q")
    timed = len(t.word) == 2 and t.word[1] in LOCALISERS and t.tag in ("t", "s")
    return t.tag == "f" or t.word in PHRASE_ENDS or glued or timed


# Localisers jieba reads glued to the noun before them (群里/n, 圈里/q, 区里/s).
_GLUED_LOCALISERS = frozenset("里裏")


def _acting_after_place(after: Sequence[segmenter.Token]) -> bool:
    """Do the words after a preposition close its phrase with a localiser, then a short predicate with no 的 (网友|在
    社交平台上|发帖(称), 他|在微博上|发文(表示)), or with no localiser before a verb of publishing (商家|在其官方微博|
    发布致歉声明(称)): what the speaker did there before speaking, no part of who?"""
    k = next((j for j, t in enumerate(after) if _closing(t)), -1)
    if k < 0:  # (the verb of publishing opens the predicate: the place ends before it)
        k = next((j for j, t in enumerate(after) if t.word.startswith(PUBLISH_VERBS)), 0)
        rest = after[k:]
    else:
        rest = after[k + 1 :]
    if not 0 < k or any(t.tag in NAME_TAGS for t in after[:k]):
        return False  # (远在异国的李悠悠|接受采访时|这样(说): a person in the phrase, no place)
    return 0 < len(rest) <= _ACTING_WORDS and all(t.word != "的" and not t.tag.startswith("r") for t in rest)


# How many words of a predicate may stand between a phrase of place and the cue (在微博上|转发|文章(称)).
_ACTING_WORDS = 3


def _place_after_preposition(toks: Sequence[segmenter.Token], i: int) -> bool:
    """Is the one word after the preposition at ``i`` a proper name, the last before the cue, with a word of two
    characters or more before the preposition (阿齐西|在莫斯科(表示), 苏纳克|在安卡拉(表示), jieba tagging the city a
    person's name): where the speaker spoke, never the speaker? Not 在 inside a name (李/在/镕)."""
    place = toks[i + 1] if i == len(toks) - 2 else None
    return place is not None and place.tag in PROPER_TAGS and len(place.word) >= 2 and toks[i].start >= 2
