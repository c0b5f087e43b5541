"""A transliterated name written without an interpunct right after a title (北约秘书长|斯托尔滕贝格,
欧洲央行行长|拉加德), read whole whatever pieces the segmenter cuts it in (see :func:`.names_zh.name_in_words`)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.personal_names_zh import TRANSLITERATION_CHARS
from ...lexicon.pos_tags_zh import NAME_TAGS
from ...lexicon.titles_zh import TITLE_ENDS, TITLE_HEADS
from .. import segmenter

__all__ = ["sounds_after_title"]


def sounds_after_title(seg: str, toks: Sequence[segmenter.Token], longest: int) -> str | None:
    """The transliterated name, three to ``longest`` characters of the table with no interpunct, between a title and
    the end of ``seg`` (``toks`` its words: 北约秘书长|斯托尔/滕/贝格, 欧洲央行行长|拉加/德), or None."""
    k = next((k for k in range(len(toks) - 1, 0, -1) if _title_word(toks[k - 1])), None)
    rest = seg[toks[k].start :] if k is not None else ""
    return rest if 3 <= len(rest) <= longest and all(c in TRANSLITERATION_CHARS for c in rest) else None


def _title_word(t: segmenter.Token) -> bool:
    """Is ``t`` a noun of two characters or more ending as titles do (秘书长, 总理, 行长), no name?"""
    return len(t.word) >= 2 and t.tag.startswith("n") and t.tag not in NAME_TAGS and t.word.endswith(_TITLE_WORD_ENDS)


_TITLE_WORD_ENDS = (*TITLE_HEADS, *TITLE_ENDS)
