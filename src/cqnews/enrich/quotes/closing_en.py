"""What stands around an English cue that closes a report: a quote the report's clause ends in ("The plan
will take time to “cool off,” Lee said."), and the words that carry the clause on after a parenthetical cue
("It was impossible, Lee said, so the leaders split the work."); whether a clause may end before the cue at
all (a short or adverbial tail, a parenthetical; not a colon), and whether the cue only closes a direct
quote ("“…,” he said.")."""

from __future__ import annotations

import bisect

from ...lexicon import quote_patterns as P
from ...lexicon.en import ADVERBIAL_PREPOSITIONS, PREPOSITIONS
from ...lexicon.punctuation import COMMA_AND_SENTENCE_ENDS, OPENING_QUOTE_MARKS_AND_COLONS, TAIL_CLAUSE_MARKS
from ...lexicon.reporting_en import COMPARISON_LEADS, LISTENER_OBJECT_CUES, NOUN_HOMOGRAPH_CUES, TAIL_TIME_WORDS
from .clause_en import TAIL_WORDS
from .lead_en import holds_verb
from .spans import Span
from .text import WORD_RE, BlockView, char_after, trim_clause
from .words_en import has_auxiliary

__all__ = [
    "adverbial_tail",
    "closes_quote_attribution",
    "compared_with_noun",
    "going_on",
    "may_close_sentence",
    "quote_inside_clause",
]


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
# Words that carry the clause before a parenthetical cue on ("…, Lee said, so …", "…, Lee said, because …", "…, Lee
# said, including …"; not "and", "but", "by", "with": PolNeAR dev gains nothing with them, "and" loses a match).
_GOING_ON_WORDS = frozenset("so because for to since although though unless until including".split())


def may_close_sentence(text: str, c_end: int, e: int, lead: str, listener: bool = False) -> bool:
    """Can a clause end before the cue ("…, X said." or the parenthetical "…, he said, swiping …",
    but not "…, he added, “…”")? Not when many words follow the cue, nor when a colon does ("In a letter,
    the mayor wrote:" introduces what she wrote)."""
    if char_after(text, c_end) in (":", "：") and not _participle_report(lead):
        return False
    parenthetical = (
        char_after(text, c_end) in (",", ";")
        and char_after(text, text.find(",", c_end, c_end + 40) + 1) not in P.OPENERS
    )
    short = len(text[c_end : min(e, c_end + 200)].split()) <= TAIL_WORDS
    return parenthetical or short or (adverbial_tail(text, c_end, e, listener) and holds_verb(lead))


def _participle_report(lead: str) -> bool:
    """Does the phrase before the subject report by itself ("Noting that the budget had doubled, Berg added:")?"""
    words = lead.split(None, 2)
    return len(words) >= 2 and words[0].lower().endswith("ing") and words[1].lower() == "that"


# ("with" is left out: "responded with criticism", "sided with" take it as their complement.)
_TAIL_PREPOSITIONS = frozenset("in on at during after before without from via through while as".split())


def adverbial_tail(text: str, c_end: int, e: int, listener: bool = False) -> bool:
    """Do only adverbials follow the cue to the sentence end ("…, the president said in a speech on Monday,
    without giving details.")? A preposition opens them, after a time phrase ("said this week at a rally")
    and, for a cue that takes one, a listener of a few words ("told his advisers as he left"); no
    auxiliary stands in them (a clause would have one: "said in May the plan was dead" is read as that clause)."""
    if e - c_end > _TAIL_REACH:
        return False
    m = WORD_RE.search(text, c_end, e)
    if m is None or text[c_end : m.start()].strip():
        return False
    words = WORD_RE.findall(text, c_end, e)
    k = 0
    while k < len(words) and words[k] in TAIL_TIME_WORDS:
        k += 1
    if listener and k == 0:
        k = next((i for i, w in enumerate(words[: _LISTENER_WORDS + 1]) if w in _TAIL_PREPOSITIONS), 0)
    if k >= len(words) or words[k] not in _TAIL_PREPOSITIONS:
        return False
    return not has_auxiliary(text, c_end, e) and not any(ch in text[c_end:e] for ch in OPENING_QUOTE_MARKS_AND_COLONS)


_LISTENER_WORDS = 4


_TAIL_REACH = 200


def closes_quote_attribution(text: str, s: int, e: int, c: int, c_end: int, word: str = "said") -> bool:
    """Is the cue the end of "“…,” he said." (a quote closed after its own comma or full stop a few
    words before the cue, no comma between, nothing but a full stop after)? Then no indirect clause
    can be read there: the subject follows the closing mark, not a comma, and the sentence ends at the cue."""
    if c - s < 2 or (e - c_end > 4 or text[c_end:e].strip(" .!?")) and not _adverbials_only(text, c_end, e, word):
        return False  # (bounded: a long sentence after the cue is no end)
    lo = max(s, c - 40)
    k = max(text.rfind("”", lo, c), text.rfind('"', lo, c), text.rfind("'", lo, c))
    k -= text[k - 1 : k + 1] == "''"  # the first mark of an ASCII ''
    # The quote ends its own sentence or clause inside the mark (“…,” / “….”), unlike a name in quote
    # marks before the subject ("…, the “Big Bank” chief said"). Two commas between are an apposition
    # around the subject ("“…,” the coach, Tom Brown, said."), not a clause of its own.
    closed_inside = k > 0 and text[k - 1] in COMMA_AND_SENTENCE_ENDS
    return closed_inside and text.count(",", k + 1, c) in (0, 2) and "“" not in text[k + 1 : c]


def _adverbials_only(text: str, c_end: int, e: int, word: str) -> bool:
    """Do only adverbials follow a cue that takes no object to the sentence end, with no punctuation ("“…,” he
    said outside the building.", "“…,” she said sarcastically.", "“…,” Lee said 30 minutes into the debate.")?
    No clause stands there: no "that", no auxiliary, no quote mark, and the sentence is short past the cue.
    (After "urged", "accused" the words are the report: "“…,” the statement urged voters to …".)"""
    told = word in P.EN_LISTENER_CUES  # ("“…,” Lee told the Gazette on Sunday.": the one told, then adverbials)
    if e - c_end > _TAIL_REACH or word in P.EN_OBJECT_CUES or word in LISTENER_OBJECT_CUES and not told:
        return False
    tail = text[c_end:e].rstrip(" .!?")
    if any(ch in tail for ch in TAIL_CLAUSE_MARKS) or "''" in tail:
        return False
    words = WORD_RE.findall(tail)
    if told and "to" in words:
        return False  # "“…,” Lee told the council to wait": a request reported
    return "that" not in words and not has_auxiliary(text, c_end, c_end + len(tail))


def compared_with_noun(text: str, subject: int, word: str) -> bool:
    """Is the closing cue ``word`` a plural noun after a phrase of comparison, not a verb after its subject
    ("…, beating analyst estimates.", "…, in line with market estimates.", "…, below economists' estimates.")?
    The phrase before it opens with a preposition or a participle in -ing in lower case (a subject opens with a
    determiner or a noun: "…, the statistics office reports.", "…, officials estimate.")."""
    if word not in NOUN_HOMOGRAPH_CUES:
        return False
    first = WORD_RE.match(text, subject)
    if first is None or not first.group()[:1].islower():
        return False
    low = first.group()
    return low in _COMPARING_WORDS or low.endswith("ing") and len(low) > 5


_COMPARING_WORDS = PREPOSITIONS | ADVERBIAL_PREPOSITIONS | COMPARISON_LEADS
