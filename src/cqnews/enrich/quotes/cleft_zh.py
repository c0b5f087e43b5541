"""Chinese sentences right after a quote that say who said it: a cleft (“…”说这话的是村民王明), a sentence naming the
person and a verb of speech (“…”这是王明最常说的一句话, “…”，这是镇长李华反复强调的一句话), or a dash or brackets and a
label (“…”——参赛选手 张一鸣, “…”（王明语）: :mod:`.label_lines_zh`); read by :mod:`.direct_zh`."""

from __future__ import annotations

import re

from ...lexicon import quotes_zh as QZ
from ...lexicon.punctuation_zh import ZH_CLAUSE_BREAKS, ZH_COMMA_FORMS
from ...text import run_end
from ..segmenter import to_simplified
from ..speakers.phrases import Who
from ..speakers.phrases_zh import zh_subject_before
from .label_lines_zh import zh_dash_credit
from .spans import Span

__all__ = ["past_dash", "zh_cleft"]


def zh_cleft(text: str, sp: Span) -> tuple[Who | None, str | None]:
    """“…”说这话的是村民王明, “…”这是王明常说的话: the speaker a cleft right after the quote names (the phrase after
    是, to the end of its clause) and the cue, or a dash and a label (“…”——参赛选手 张一鸣); (None, None) when
    neither follows."""
    credited = zh_dash_credit(text, sp)
    if credited is not None:
        return credited, None  # (“…”——参赛选手 张一鸣)
    lo, m = _after_quote(text, sp, QZ.ZH_CLEFT_RE)
    if m is None:
        return _zh_this_is_said(text, sp)  # (“…”这是王明最常说的一句话)
    start = lo + m.end()
    end = run_end(text, _CLEFT_ENDS, start, start + _CLEFT_SIZE)
    who = zh_subject_before(text, start, end) if end > start else None
    return (who, text[lo : lo + 1]) if who is not None and who.kind in ("person", "org", "desc") else (None, None)


def _zh_this_is_said(text: str, sp: Span) -> tuple[Who | None, str | None]:
    """“…”这是王明最常说的一句话: the person a sentence right after the quote names as having said it (这是 or 这句话是,
    the person, 说的 or 讲的), and the cue; (None, None) otherwise."""
    lo, m = _after_quote(text, sp, QZ.ZH_THIS_IS_SAID_RE)
    if m is None:
        lo, m = _after_quote(text, sp, QZ.ZH_THIS_IS_WORDS_RE, _WORDS_SIZE)  # (这是…反复强调的一句话)
    if m is None:
        return None, None
    who = zh_subject_before(text, lo + m.end(1), lo + m.start(2))
    named = who is not None and who.kind in ("person", "pronoun") and bool(who.mention)
    return (who, text[lo + m.start(3) : lo + m.end(3)]) if named else (None, None)


def past_dash(text: str, lo: int) -> int:
    """Where the words after a quote's closing mark at ``lo - 1`` start, past a dash standing right after it (“…”——这是
    王奶奶常说的话, “…”——工人李强说): the dash sets off the words that say who said it, as a comma does."""
    k = lo
    while k < len(text) and k - lo < _DASH_MAX and text[k] in QZ.ZH_CREDIT_DASHES:
        k += 1
    return k


# How many dash characters may stand between a quote and the words after it (——).
_DASH_MAX = 2
# How much after a quote its cleft (说这话的是) and the phrase naming the speaker are read.
_CLEFT_SIZE = 20
# How far such a sentence naming who said the words is read (这是镇长李华在工作例会上反复强调的一句话).
_WORDS_SIZE = 32


def _after_quote(
    text: str, sp: Span, pattern: re.Pattern[str], size: int = _CLEFT_SIZE
) -> tuple[int, re.Match[str] | None]:
    """Where the text after the quote's closing mark starts (past a dash or a comma), and ``pattern`` matched (on
    simplified characters) right there within ``size`` characters; the match is None when the quote has no closing
    mark or no match."""
    if sp.close is None:
        return 0, None
    lo = past_dash(text, sp.close + 1)
    lo += text[lo : lo + 1] in ZH_COMMA_FORMS  # (“…”，这是他常挂在嘴边的一句话)
    return lo, pattern.match(to_simplified(text[lo : lo + size]))


# Where the clause of a cleft ends: a clause break, or the half-width comma.
_CLEFT_ENDS = ZH_CLAUSE_BREAKS + ","
