"""What stands before an English cue: a phrase of the writer's ("Asked if he would resign, Hale said
no."), or words that can be a reported clause of their own, holding a finite verb ("The plant closed, …"),
and that clause itself ("The plan will work, Smith said.")."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import AUXILIARIES, CLAUSE_BREAKS, CUE_WORD_COMPOUNDS, FINITE_AUXILIARIES, LY_NOUNS, PREPOSITIONS
from ...lexicon.punctuation import CLOSING_QUOTE_MARKS, DOUBLE_CLOSING_MARKS
from ...lexicon.reporting_en import (
    ADVERBIAL_OPENERS,
    IRREGULAR_PAST,
    NOT_SUBJECT_LEAD_WORDS,
    PARTICIPLE_LEAD_RE,
)
from ...models import QuoteKind
from ..speakers.finite_en import finite_at
from ..speakers.phrases import Who
from .apposition_en import before_apposed_role
from .text import (
    MAX_CLAUSE,
    MIN_CLAUSE,
    WORD_RE,
    BlockView,
    Found,
    VerbScan,
    char_before,
    space_before,
    trim_clause,
)

__all__ = [
    "clause_before",
    "clause_with_fragment",
    "holds_verb",
    "holds_verb_between",
    "short_clause_verb",
    "subject_phrase_start",
    "writers_lead",
]

def writers_lead(text: str, start: int, end: int) -> bool:
    """Is the text before a speaker's comma a phrase of the writer's rather than a report: a participle and
    its complement ("Asked if he would resign, Hale said no."), or one subordinate clause or adverbial
    phrase and nothing else ("As the sun set over the harbour, Hale said goodbye", "Despite the rain, …")?
    A main clause after such a phrase ("After years of delay, the bridge opened, Hale said") is set off
    by a comma of its own."""
    if PARTICIPLE_LEAD_RE.match(text, start, end):
        return True
    m = WORD_RE.match(text, start, end)
    return m is not None and m.group() in ADVERBIAL_OPENERS and "," not in text[start:end]


def holds_verb(lead: str) -> bool:
    """Does the text before the cue hold a finite verb (an auxiliary, or a lower-case word ending in -ed or
    -s), so that it can be a reported clause ("The war will end soon, …"), not a fronted adverbial ("Then,
    last week, …")?"""
    return any(_finite_word(w) for w in WORD_RE.findall(lead))


def _finite_word(word: str) -> bool:
    return word in FINITE_AUXILIARIES or (word.islower() and len(word) > 3 and word.endswith(("ed", "s")))


def holds_verb_between(b: BlockView, start: int, end: int) -> bool:
    """``holds_verb(b.text[start:end])`` for the cues of one sentence in turn, reading each word once (the block
    keeps how far it read, :attr:`BlockView.verb_scan`): a 100 KB "sentence" of cues (", said Ann Lee, said Ann
    Lee, …") was read from its start at every cue."""
    text = b.text
    if start < end < len(text) and _WORD_CHAR_RE.match(text, end - 1) and _WORD_CHAR_RE.match(text, end):
        return holds_verb(text[start:end])  # (an end inside a word: that word is cut, as the slice cuts it)
    scan = b.verb_scan
    if scan is None or scan.start != start:
        scan = VerbScan(start, start, None)
    if scan.verb_end is None and scan.read_to < end:
        found = next((m for m in WORD_RE.finditer(text, scan.read_to, end) if _finite_word(m.group())), None)
        scan = VerbScan(start, found.end(), found.end()) if found else VerbScan(start, end, None)
    b.verb_scan = scan
    return scan.verb_end is not None and scan.verb_end <= end


_WORD_CHAR_RE = re.compile(r"\w")


def short_clause_verb(words: list[str]) -> bool:
    """Do the few words of a short stretch hold a finite verb, so that they make a clause ("Prices will
    rise", "The plant closed", "Residents plan to appeal") and not a noun phrase ("More than 200 arrests",
    "The injured workers")? (:func:`~cqnews.enrich.speakers.finite_en.finite_at` reads the verb.)"""
    return finite_at(words) > 0


def clause_before(text: str, s: int, subject_start: int, who: Who, word: str, lead: bool = True) -> Found | None:
    """ "The plan will work, Smith said." — the clause runs from the sentence start to the comma."""
    if subject_start - s > MAX_CLAUSE or char_before(text, s, subject_start) != ",":
        return None
    comma = before_apposed_role(text, s, subject_start - 1, who)
    if comma <= s:
        return None
    start, end = trim_clause(text, s, comma)
    if end - start < MIN_CLAUSE or len(text[start:end].split()) < 3:
        return None
    if text[end - 1] in CLOSING_QUOTE_MARKS and text[start] in P.OPENERS:
        return None  # "“…,” Smith said": the direct quote is the quote
    if lead and writers_lead(text, start, end):
        return None  # "Asked if he would resign, Hale said no.": a phrase of the writer's, no report
    return Found(QuoteKind.INDIRECT, start, end, who, word)


def clause_with_fragment(text: str, s: int, subject_start: int, who: Who, word: str) -> Found | None:
    """ "The plan will take time to “cool off,” Lee said." — the clause's comma stands inside the quote
    that ends it: the clause runs from the sentence start through the closing mark (the caller has
    checked that the quote opens inside the clause)."""
    k = space_before(text, s, subject_start)
    if k - 2 <= s or text[k - 1] not in DOUBLE_CLOSING_MARKS or text[k - 2] != "," or k - s > MAX_CLAUSE:
        return None
    start, end = trim_clause(text, s, k)
    if len(text[start:end].split()) < 3 or writers_lead(text, start, end):
        return None
    return Found(QuoteKind.INDIRECT, start, end, who, word)


def subject_phrase_start(text: str, s: int, subject: int) -> int:
    """Where the noun phrase of a closing subject starts after the clause's comma, when the subject as read
    is only its end: a coordination or a description before the name ("…, current and former officials
    said.", "…, she and another reporter said.", "…, the news site RTL Info reported."). A clause word, a
    preposition or an adverb among those few words makes them no part of the subject: ``subject`` is kept."""
    comma = text.rfind(",", max(s, subject - _LEAD_GAP_REACH), subject)
    if comma < 0 or char_before(text, s, subject) == "," or not holds_verb(text[s:comma]):
        return subject
    words = text[comma + 1 : subject].split()
    if not 0 < len(words) <= _LEAD_GAP_WORDS or words[0].lower() == "and":
        return subject
    next_words = [*words[1:], text[subject:].split(None, 1)[0] if text[subject:].strip() else ""]  # each word's next
    return comma + 1 if all(_subject_word(w, after) for w, after in zip(words, next_words, strict=True)) else subject


def _subject_word(w: str, after: str) -> bool:
    """Can ``w`` stand in a noun phrase before its head (not a clause word, a preposition, an adverb or a verb)?
    A cue word is one only as the first half of a compound noun (``after``: the word after it; "the think tank
    Ember")."""
    low = w.lower()
    if (low, after.lower()) in CUE_WORD_COMPOUNDS:
        return True
    if not _NP_WORD_RE.fullmatch(w) or low in _NOT_SUBJECT_LEAD or low in P.EN_CUES or low in IRREGULAR_PAST:
        return False
    return not (low.endswith("ly") and low not in LY_NOUNS or w.islower() and low.endswith("ed"))


_NP_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


_LEAD_GAP_REACH = 60
_LEAD_GAP_WORDS = 4
_NOT_SUBJECT_LEAD = PREPOSITIONS | AUXILIARIES | CLAUSE_BREAKS - {"and"} | NOT_SUBJECT_LEAD_WORDS
