"""The ones addressed between a Chinese cue of warning or urging and the mark opening what they are told (民警提醒
广大市民，…; 警方警告市民，…; 妇联呼吁家长们：…): where that mark stands, read by the cues (:mod:`.cues_zh`) and by
where the reported clause starts (:mod:`.cue_lead_zh`)."""

from __future__ import annotations

from ...lexicon import reporting_zh as RZ
from ...lexicon.punctuation_zh import ZH_CLAUSE_OR_QUOTE_MARKS, ZH_COLONS, ZH_COMMAS
from ...text import run_end
from .. import segmenter
from ..segmenter import to_simplified

__all__ = ["addressed_end"]


def addressed_end(text: str, c_end: int, word: str) -> int | None:
    """Where the comma or colon after the ones addressed by the cue ``word`` ending at ``c_end`` stands, when a short
    noun phrase of people (广大市民, 孩子们, 大家, 各位游客) is all that lies between; None otherwise (提醒市民注意防寒:
    a verb follows, what they are told is no clause of its own; 提醒，…: nobody addressed)."""
    if to_simplified(word) not in RZ.ADDRESSED_CUES:
        return None
    stop = min(len(text), c_end + RZ.LISTENER_SIZE + 1)
    k = run_end(text, ZH_CLAUSE_OR_QUOTE_MARKS, c_end, stop)
    if k == c_end or k >= stop or text[k] not in _OPENING_MARKS:
        return None
    toks = segmenter.tag(to_simplified(text[c_end:k]))
    if not toks or not all(t.tag.startswith(_LISTENER_TAGS) for t in toks):
        return None
    return k if toks[-1].tag.startswith(_HEAD_TAGS) else None


# The marks that open what the ones addressed are told; the tags of the words of the ones addressed (广大/a 市民/n,
# 各位/r 游客/n, 孩子/n 们/k, 两位/m 家长/n) and of the word closing them (a noun, a pronoun, 们).
_OPENING_MARKS = frozenset(ZH_COMMAS + ZH_COLONS)
_LISTENER_TAGS = ("n", "r", "a", "k", "m", "q", "b")
_HEAD_TAGS = ("n", "r", "k")
