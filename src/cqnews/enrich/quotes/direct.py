"""Direct quotes: a quoted span of a block with the speaker and cue next to it.

The steps are the same in every script; what differs (reading the attribution, what makes a title or
a term) comes from the block's :class:`~.rules.ScriptRules`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...models import QuoteKind
from ..speakers.phrases import Who
from .spans import Span
from .text import MAX_LOOKBACK, BlockView, Found, char_before, has_words

if TYPE_CHECKING:
    from .rules import ScriptRules


def in_code(text: str, sp: Span) -> bool:
    """A string literal of a script left in the body: a["datawrapper-height"], "px")."""
    end = sp.end if sp.close is None else sp.close + 1
    around = text[max(0, sp.open - 20) : sp.open] + text[end : end + 20]
    marks = _CODE_CHARS_RE.findall(around)
    return len(marks) >= 3 and any(m in "{};=" for m in marks)


_CODE_CHARS_RE = re.compile(r"[{}()\[\];=+]")


def find_direct(b: BlockView, sp: Span, rules: ScriptRules, clauses: Clauses) -> Found | None:
    """The direct quote of span ``sp``, with the speaker and cue written next to it; None for a
    title, a term, code, or a scare quote nobody is reported to say."""
    text = b.text
    if not has_words(text, sp) or rules.not_speech(b, sp) or in_code(text, sp):
        return None
    s, e = b.sentences.around(sp.open)
    owned = rules.owned_call(b, sp, s)
    if owned is not None:  # "the city government’s calling to “…”": the owner's words, even inside reported speech
        return Found(QuoteKind.DIRECT, sp.start, sp.end, owned[0], owned[1], sp)
    who, cue = rules.attribution(b, sp, s, e)
    if who is None:
        who = rules.unnamed_source(text, sp, s)
    outer = clauses.around(sp) if rules.fragments_in_clauses else None
    if _outer_speaks(who, outer) and char_before(text, s, sp.open) not in ("", ":"):
        assert outer is not None
        who, cue = outer.who, outer.cue  # "He said the government pledged … a ‘clear path’": the fragment is his
    found = Found(QuoteKind.DIRECT, sp.start, sp.end, who, cue, sp)
    found.unsaid = rules.word_in_clause(text, sp)
    if who is None and cue is None and not rules.speech_like(text, sp, s):
        return _unattributed(b, sp, s, rules, found, outer)
    return found


def _outer_speaks(who: Who | None, outer: Found | None) -> bool:
    """Does the speaker of the reported clause around a fragment replace its own non-person speaker?"""
    return who is not None and who.kind != "person" and outer is not None and outer.who is not None


def _unattributed(
    b: BlockView, sp: Span, s: int, rules: ScriptRules, found: Found, outer: Found | None
) -> Found | None:
    """A quote with no speaker or cue of its own and too short to be speech by itself: a fragment
    inside a sentence counts when a speaker is reported near it; one heading its sentence is kept
    as a bare quote (it may continue the last speaker), unless it is a term."""
    text = b.text
    if char_before(text, s, sp.open) not in ("", ":", "："):
        found.who, found.cue = rules.nearby(b, sp)
        if found.who is not None and found.who.kind != "person" and outer is not None and outer.who is not None:
            found.who, found.cue = outer.who, outer.cue  # the speaker of the reported speech around it
        elif found.who is None and rules.fragments_of_person and _person_speaks(outer):
            assert outer is not None
            found.who, found.cue = outer.who, outer.cue  # "aseguró que el aviso se hizo “por todos los medios”"
        return _kept_without_speaker(text, sp, s, rules, found)
    if rules.is_term(text[sp.start : sp.end]):
        return None  # “数字”赋能农业: a term heading its sentence
    found.bare = True
    return found


def _kept_without_speaker(text: str, sp: Span, s: int, rules: ScriptRules, found: Found) -> Found | None:
    """A quote inside its sentence with no speaker near it: a spoken clause kept when a speaker named before it goes
    on, words said by their shape after a comma kept with or without one; else a scare quote or a term, None."""
    if found.who is not None:
        return found
    if rules.spoken_clause(text, sp, s):
        found.bare = True  # …，“日子总是有盼头的”。: kept when a speaker named before it goes on
        return found
    found.shaped = rules.said_after_comma(text, sp, s)  # (…插了句，“4月份的话就没事。”)
    return found if found.shaped else None


def _person_speaks(outer: Found | None) -> bool:
    """Does a named person speak the reported clause ``outer``?"""
    return outer is not None and outer.who is not None and outer.who.kind == "person"


class Clauses:
    """The reported clauses of a block by start, to find the one a quoted fragment stands in."""

    def __init__(self, found: Sequence[Found]) -> None:
        self.found = sorted(found, key=lambda f: f.start)
        self.starts = [f.start for f in self.found]

    def around(self, sp: Span) -> Found | None:
        k = bisect.bisect_right(self.starts, sp.open)
        for f in self.found[max(0, k - MAX_LOOKBACK) : k]:
            if f.start < sp.open and sp.end <= f.end:
                return f
        return None
