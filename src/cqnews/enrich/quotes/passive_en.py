"""English passive reports of unnamed sources: "the scenes are said to be based on a real killer", "residents were
told the water was safe", "the court heard that the defendant had lied"."""

from __future__ import annotations

import itertools
import re

from ...lexicon.en import NOT_CLAUSE_START
from ...lexicon.reporting_en import COURT_HEARD_RE, IRREGULAR_PAST, PASSIVE_SAID_RE, PASSIVE_TOLD_RE
from ...models import QuoteKind
from .report_stops_en import report_stop
from .text import MAX_CLAUSE, MIN_CLAUSE, WORD_RE, BlockView, Found, Inside, trim_clause
from .words_en import SUBJECT_WORDS, finite_after, has_verb, opens_clause, verb_after_subject


def passive_said(b: BlockView) -> list[Found]:
    """The infinitives reported by "is / are / was / were said to" (with "also", "widely", "often", "now" or
    "reportedly" between: :data:`~cqnews.lexicon.reporting_en.PASSIVE_SAID_RE`) outside quotes, each with no
    speaker (the sources are not named)."""
    text = b.text
    out: list[Found] = []
    if " said to " not in text:  # every match ends in " said " before "to ": a substring test spares most blocks
        return out
    inside: Inside | None = None
    for m in PASSIVE_SAID_RE.finditer(text):
        inside = inside or Inside(b.spans, len(text))
        if inside(m.start()):
            continue
        _, e = b.sentences.around(m.start())
        stop = report_stop(b, m.end(), e)
        if _RELATIVE_LEAD_RE.search(text, max(0, m.start() - 8), m.start()) is not None:
            comma = text.find(",", m.end(), stop)  # "The victim, who was said to be a trader, died …"
            stop = comma if comma > 0 else stop
        start, end = trim_clause(text, m.end(), stop)
        if 12 <= end - start <= MAX_CLAUSE:
            out.append(Found(QuoteKind.INDIRECT, start, end, None, "said"))
    return out


# A relative pronoun set off by a comma right before "was said to": the comma after the infinitive closes the
# relative clause, and the main clause's verb follows it, no part of the report.
_RELATIVE_LEAD_RE = re.compile(r", (?:who|which) $")


def passive_told(b: BlockView) -> list[Found]:
    """The clauses told to someone who is the passive subject ("Residents were told the water was safe", "The court
    was told that he had no convictions") or heard by a court or a body of inquiry ("A court heard that the
    defendant had lied", "The jury heard the couple had argued"), outside quotes, each with no speaker: the teller
    is not named. A clause only: a subject, then a verb within a few words ("was told by police", "heard from a
    witness", "was told to leave", "heard evidence" report none)."""
    text = b.text
    out: list[Found] = []
    if " told " not in text and " heard " not in text:  # a substring test spares most blocks the regexes
        return out
    inside: Inside | None = None
    for m in itertools.chain(PASSIVE_TOLD_RE.finditer(text), COURT_HEARD_RE.finditer(text)):
        inside = inside or Inside(b.spans, len(text))
        if inside(m.start()) or not _clause_at(text, m.end(), m.group().endswith(" that ")):
            continue
        _, e = b.sentences.around(m.start())
        start, end = trim_clause(text, m.end(), report_stop(b, m.end(), e))
        if MIN_CLAUSE <= end - start <= MAX_CLAUSE:
            out.append(Found(QuoteKind.INDIRECT, start, end, None, m.group(1)))
    return out


def _clause_at(text: str, at: int, that: bool) -> bool:
    """Does a clause open at ``at``: a word that opens no phrase, then a verb within a few words, no comma between?
    With no "that" before it, the subject opens as a clause does (a determiner, a pronoun, a name) and the verb is
    an auxiliary or a past form: "heard evidence from witnesses", "heard the appeals of two men" are objects."""
    words = list(itertools.islice(WORD_RE.finditer(text, at, at + _CLAUSE_LOOK), SUBJECT_WORDS + 1))
    if len(words) < 2 or words[0].group().lower() in NOT_CLAUSE_START:
        return False
    if not that and not opens_clause(words[0].group()):
        return False
    return verb_after_subject(text, at, words, lambda word: _verb(word, that))


def _verb(word: re.Match[str], that: bool) -> bool:
    """Is ``word`` a finite verb: any that :func:`has_verb` reads after "that", else an auxiliary, an irregular past
    or a form in -ed (a form in -s is a plural noun as often)?"""
    return has_verb([word]) if that else finite_after(word) or word.group() in IRREGULAR_PAST


_CLAUSE_LOOK = 120
