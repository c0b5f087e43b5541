"""A short Chinese quote that is what a cue says of its object (許強稱這一數字「遠遠不夠」, 张伟表示自己“问心无愧”):
the cue, a short noun phrase (its object, the subject of the words quoted), then the quote ending the clause. The words
are the cue subject's, though the cue does not touch them."""

from __future__ import annotations

from ...lexicon import quotes_zh as QZ
from ...lexicon.punctuation_zh import ZH_CLAUSE_BREAKS_COMMA_MIXED, ZH_CLAUSE_MARKS
from ...lexicon.time_words_zh import WHEN_ENDS
from .. import segmenter
from ..segmenter import to_simplified
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before
from .cue_lead_zh import zh_negated
from .spans import Span
from .text import Cues

__all__ = ["zh_object_then_quote"]


def zh_object_then_quote(text: str, sp: Span, s: int, cues: Cues) -> tuple[Who | None, str | None]:
    """The subject and cue of a cue whose object (a short noun phrase, nothing else) stands between it and a short
    quote ending the clause; (None, None) otherwise, and for a cue that reports only a quote right after it
    (发现员工“偷懒”: what was found, not words said)."""
    if sp.close is None or text[sp.close + 1 : sp.close + 2] not in ZH_CLAUSE_BREAKS_COMMA_MIXED:
        return None, None
    k = next(iter(cues.last(max(s, sp.open - _OBJECT_MAX - QZ.ZH_LONGEST_CUE), sp.open)), None)
    if k is None or to_simplified(cues.words[k]) in QZ.ZH_QUOTE_ONLY_CUES or zh_negated(text, cues.starts[k]):
        return _judged_object(text, sp, s)
    if not _an_object(text[cues.ends[k] : sp.open]):
        return _judged_object(text, sp, s)
    who = zh_subject_before(text, s, cues.starts[k])
    return (who, cues.words[k]) if who is not None and who.mention else (None, None)


def _judged_object(text: str, sp: Span, s: int) -> tuple[Who | None, str | None]:
    """议员批评当局“后知后觉”: the subject and verb of judging (lexicon quotes_zh.ZH_JUDGING_VERBS) whose object
    stands right before the quote; (None, None) otherwise."""
    lo = max(s, sp.open - _OBJECT_MAX - _JUDGING_LONGEST)
    plain = to_simplified(text[lo : sp.open])
    found = [m for m in QZ.ZH_JUDGING_VERB_RE.finditer(plain) if _an_object(plain[m.end() :])]
    if not found:
        return None, None
    start = lo + found[0].start()
    if zh_negated(text, start):
        return None, None
    who = zh_subject_before(text, s, start)
    return (who, text[start : lo + found[0].end()]) if who is not None and who.mention else (None, None)


def _an_object(gap: str) -> bool:
    """Is ``gap`` a short noun phrase, nothing else (the object of the verb before it)? Not a noun phrase closed by a
    word of when of its own (他说这些话时“眼眶都红了”, 她介绍产品时“…”: the cue is in a clause of time, the quote tells
    how the speaker looked; 当时 and 平时 are one word, the time of the words said: 他称当时“很害怕”)."""
    if not 0 < len(gap) <= _OBJECT_MAX or any(ch in ZH_CLAUSE_MARKS or not ch.strip() for ch in gap):
        return False
    toks = segmenter.tag(gap)
    if len(toks) > 1 and to_simplified(toks[-1].word) in WHEN_ENDS:
        return False
    return bool(toks) and all(t.tag.startswith(_OBJECT_TAGS) for t in toks) and toks[-1].tag.startswith(("n", "r"))


# How long the object may be; the tags of its words (nouns, pronouns,
# numerals and measures: 这一数字, 政府, 该公司的做法 has 的 (uj) and is left alone).
_OBJECT_MAX = 6
_OBJECT_TAGS = ("n", "r", "m", "q")
# The longest verb of judging.
_JUDGING_LONGEST = max(map(len, QZ.ZH_JUDGING_VERBS))
