"""What stands around an English cue that closes a report: a quote the report's clause ends in ("The plan
will take time to “cool off,” Lee said."), and the words that carry the clause on after a parenthetical cue
("It was impossible, Lee said, so the leaders split the work.")."""

from __future__ import annotations

import bisect

from ...lexicon.reporting_en import TAIL_TIME_WORDS
from .spans import Span
from .text import WORD_RE, BlockView, char_after, trim_clause

__all__ = ["going_on", "quote_inside_clause"]


def quote_inside_clause(b: BlockView, s: int, c: int) -> bool:
    """Does the quote that closes before the cue open inside a clause of the writer's ("The plan will take
    time to “cool off,” Lee said.")? Then the report is that whole clause, the quote a fragment of it;
    not when the quote opens the sentence or follows a colon or a comma ("He put it simply: “…,” Lee said")."""
    k = bisect.bisect_left(b.spans, c, key=_opening) - 1
    if k < 0 or b.spans[k].open < s:
        return False
    sp = b.spans[k]
    lead = b.text[s : sp.open].rstrip()
    if (k and b.spans[k - 1].open >= s) or lead[-1:] in ("", ":", ",", "—", "("):  # (spans are in text order)
        return False
    words = len(WORD_RE.findall(lead))
    # A fragment, not the quote the writer's words introduce ("The data is “a strong report … ,” Lee said")
    return words >= _LEAD_WORDS and len(WORD_RE.findall(b.text, sp.start, sp.end)) < words


_LEAD_WORDS = 3


def _opening(sp: Span) -> int:
    return sp.open


def going_on(text: str, c_end: int, e: int, end: int) -> int:
    """Where a report split by a parenthetical cue ends: "It was impossible, Lee said, so the leaders split
    the work." goes on after the cue's comma with a conjunction or an infinitive that continues the clause
    before it; then the sentence end, else ``end``."""
    k = c_end
    for m in WORD_RE.finditer(text, c_end, min(e, c_end + _TIME_REACH)):
        if m.group() not in TAIL_TIME_WORDS or text[k : m.start()].strip():
            break
        k = m.end()
    if char_after(text, k) != ",":
        return end
    nxt = WORD_RE.search(text, k, e)
    if nxt is None or text[k : nxt.start()].strip(" ,") or nxt.group() not in _GOING_ON_WORDS:
        return end
    return trim_clause(text, nxt.start(), e)[1]


_TIME_REACH = 30
# Words that carry the clause before a parenthetical cue on ("…, Lee said, so …", "…, Lee said, because …").
_GOING_ON_WORDS = frozenset("so because for to since although though unless until".split())
