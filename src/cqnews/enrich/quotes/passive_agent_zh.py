"""The agent of a Chinese passive clause (被一名大叔推醒, 遭到一名老伯大骂): a clause of telling or asking after it in
the sentence that leaves its subject out goes on with that agent, not with the subject the passive clause is about
(有个学生睡着了，被一名大叔推醒，直问他“…”: the man asks, the student is asked; but 他被警察拦下，说：“…”: he says)."""

from __future__ import annotations

from ...lexicon.function_words_zh import PASSIVE_MARKS
from .. import segmenter
from ..segmenter import to_simplified
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before
from .opener_zh import ZH_LEAD_TAGS

__all__ = ["zh_agent_asking", "zh_passive_agent"]


def zh_agent_asking(text: str, s: int, cue: int) -> Who | None:
    """The agent of a passive clause among the two clauses before the one of a cue of telling or asking that leaves
    its subject out (有个学生睡着了，被一名大叔推醒，直问他“…”; 遭到一名老伯大骂，直问女生「…」): the one acted on is
    the one told or asked, so the agent asks; None when no such clause stands in the sentence [s, cue)."""
    hi = text.rfind("，", s, cue)
    for _ in range(_CLAUSES):
        if hi <= s:
            return None
        lo = max(text.rfind("，", s, hi) + 1, s)
        agent = zh_passive_agent(text, lo, hi)
        if agent is not None:
            return agent
        hi = lo - 1
    return None


def zh_passive_agent(text: str, lo: int, hi: int) -> Who | None:
    """The agent of the clause ``text[lo:hi]`` when it is a passive one, past its time words and adverbs: the words
    after 被, 遭 or 遭到 up to the verb (a count, nouns, pronouns); None when the clause is no passive or names no
    agent before its verb (被打伤, 遭到拒绝)."""
    toks = segmenter.tag(text[lo:hi])
    i = 0
    while i < len(toks) and toks[i].tag in ZH_LEAD_TAGS and to_simplified(toks[i].word) not in PASSIVE_MARKS:
        i += 1
    if i >= len(toks) or to_simplified(toks[i].word) not in PASSIVE_MARKS:
        return None
    j = i + 1
    while j < len(toks) and toks[j].tag.startswith(_AGENT_TAGS):
        j += 1
    if j == i + 1 or j >= len(toks) or not toks[j].tag.startswith(_DOING_TAGS):
        return None  # (被打伤: no agent; 被一名大叔: nothing done)
    return zh_subject_before(text, lo + toks[i + 1].start, lo + toks[j - 1].end)


# How many clauses back a passive one is looked for.
_CLAUSES = 2
# The tags of an agent's words (一名/m 大叔/n, 他/r, 王明/nr) and of what follows it (推醒/v, 大声/d 斥责, 起身/v).
_AGENT_TAGS = ("m", "q", "n", "r")
_DOING_TAGS = ("v", "d", "a")
