"""Where a reported clause stops before the writer's noun phrase summing it up: "said it would cut 300 jobs, a move
the union called shameful", "argued the evidence was unlawful, a claim the judge rejected", "said the death was
accidental — a verdict the family has rejected". A comma or a dash, "a"/"an", a noun of a claim or an act
(lexicon reporting_en.SUMMARY_NOUNS) and a relative or a participle after it ("a move the union …", "a figure
disputed by …", "a claim that has …"); a clause after the noun ("— a verdict would come later") is the report's."""

from __future__ import annotations

import re

from ...lexicon.reporting_en import SUMMARY_NOUNS, SUMMARY_RELATIVE_HEADS

__all__ = ["summary_stop"]

_ASIDE_RE = re.compile(r"(?:,|\s[—–-]) an? (?:(\w+) )?(\w+) (\w+)")
_REACH = 400  # characters of a clause read (a block of many cues stays linear)
_ASIDE_CHARS = 80  # characters past the clause's end an aside opening inside it may run


def summary_stop(text: str, begin: int, end: int) -> int:
    """Where the reported clause ``text[begin:end]`` ends before a noun phrase of the writer's summing it up."""
    for m in _ASIDE_RE.finditer(text, begin, min(end + _ASIDE_CHARS, len(text), begin + _REACH)):
        if m.start() >= end:
            break
        noun, nxt = (m.group(2), m.group(3)) if m.group(2).lower() in SUMMARY_NOUNS else (m.group(1), m.group(2))
        if noun is None or noun.lower() not in SUMMARY_NOUNS:
            continue
        if nxt.lower() in SUMMARY_RELATIVE_HEADS or nxt.endswith("ed") and text.startswith(" by", _after(text, m, nxt)):
            return m.start()
    return end


def _after(text: str, m: re.Match[str], word: str) -> int:
    """Where ``word`` (one of the words ``m`` read) ends."""
    at = text.find(word, m.start() + 2)
    return at + len(word) if at >= 0 else m.end()
