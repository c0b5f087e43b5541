"""English questions put to someone, reported in a phrase of the writer's that opens the sentence: "Asked
whether he would run, Lee said …", "When asked by a reporter if the plan was dead, …".

The question is what is reported (PolNeAR reads it so): its content runs from the question word to the
next comma or the sentence end, and its speaker is the asker named after "by", else nobody. The one
asked is the subject of the clause after it, who answers; the answer is a quote of its own. Only the
phrase at a sentence start is read: a "when asked" later in the sentence is left to the answer's report
(the quote gold counts the answer there, not the question).
"""

from __future__ import annotations

import re

from ...models import QuoteKind
from ..speakers.phrases import Who, en_subject_after
from .text import BlockView, Found, Inside, overlaps_kept, trim_clause

__all__ = ["asked_questions"]

# "Asked" or "When asked" opening a sentence (after a conjunction at most): a passive, the subject after
# the phrase is the one asked. A plain "X asked whether …" is the cue table's ("asked", X its speaker).
_ASKED_RE = re.compile(
    r"(?:^|(?<=[.!?”\"] ))(?:(?:But|And|So|Yet) )?(?:Asked|When asked)"
    r"(?: [a-z]+ly)?(?: by (?P<by>[^,;:.]{1,60}?))?(?: (?:on|in|at|during|after) [^,;:.]{1,40}?)?"
    r" (?P<q>(?:whether|if|why|how|what|who|where|about)\b)"
)
_CONTENT_END_RE = re.compile(r"[,;:.!?—(]")
_MIN_CONTENT = 12


def asked_questions(b: BlockView, found: list[Found]) -> list[Found]:
    """The questions the block reports in an "Asked whether …" phrase, none overlapping a clause in ``found``."""
    text = b.text
    if "sked" not in text:
        return []
    inside = Inside(b.spans, len(text))
    out: list[Found] = []
    for m in _ASKED_RE.finditer(text):
        q = m.start("q")
        if inside(q):
            continue
        _, e = b.sentences.around(q)
        stop = _CONTENT_END_RE.search(text, q, e)
        start, end = trim_clause(text, q, stop.start() if stop else e)
        if end - start < _MIN_CONTENT or any(f.start < end and start < f.end for f in found):
            continue
        if out and overlaps_kept(start, end, out[-1]):
            continue
        out.append(Found(QuoteKind.INDIRECT, start, end, _asker(text, m), "asked"))
    return out


def _asker(text: str, m: re.Match[str]) -> Who | None:
    """Who asked: the agent after "by" ("Asked by Dana Reyes whether …"), or None."""
    if m.group("by") is None:
        return None
    return en_subject_after(text, m.start("by"), m.end("by"))
