"""English headline claims under a speaker label: "Graham: Rhetoric Is Destroying the Party", where a
colon after a short capitalised name at the start of a one-sentence block is the cue."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.bylines import BYLINE_GENRE_WORDS
from ...lexicon.reporting_en import COURT_HEARD_RE, PASSIVE_SAID_RE
from ...models import QuoteKind
from ..speakers.phrases import en_subject_before
from .text import BlockView, Found, mostly_quoted, trim_clause

# A label: one to five capitalised words (a name, a role before a name, an outlet), optionally "on", "to"
# or "at" and a few words ("Lee on the Budget Vote:", "Lee to Parents:"), and ": " at the very start of the
# block. Each word is followed by exactly one space or the colon, so the run splits one way only.
_LABEL_RE = re.compile(
    r"([A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,4})(?: (?:on|to|at) [\w.’'\-]+(?: [\w.’'\-]+){0,7})?: (?=\S)"
)
"""A label: the name, then what or whom the claim is about or for ("Lee on the Budget:", "Lee to Parents:")."""


_LABEL_CHARS = 80


_MIN_WORDS = 4


# Three names in a row, each closed by a comma: a list ("Ann Lee, Tom Ray, Jo Kim, …"). A list starts no
# deeper than 40 characters inside a word: each capital of one long word ("AAAA…", 20 KB: 3.5 s) read the word to
# its end again; a later capital of a word finds a list only where the word's first capital does.
_LIST_RE = re.compile(r"(?=[A-Z])(?<![\w.’'\-]{40})(?:[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3}, ){3}")


def label_claim(b: BlockView, found: list[Found]) -> Found | None:
    """The claim a headline-like block opens with a speaker label reports, spoken by the label; None
    when the label is a section mark ("Update:", "Read more:") or no person or organisation, when the
    block runs past one sentence (a list item, a paragraph under a subhead), or when a clause already
    reported covers it. A label in capitals is left out: a dateline ("LONDON: …") reads the same; so is a
    block after a short "key: value" line, one more line of a spec list."""
    text = b.text
    m = _LABEL_RE.match(text, 0, _LABEL_CHARS)
    if m is None or m.group(1).isupper() or m.group(1).lower() in P.EN_NOT_SPEAKER_LABELS or _after_key_value(b):
        return None
    subject, _, genre = m.group(1).rpartition(" ")
    if subject and genre.casefold() in BYLINE_GENRE_WORDS:
        return None  # "Acme X200 Review: …", "Election Analysis: …": the kind of piece (not "Report: …" alone)
    start, end = trim_clause(text, m.end(), len(text))
    if not _one_claim(b, found, start, end):
        return None
    who = en_subject_before(b.reader, 0, m.end(1))
    if who is None or who.start != 0 or who.kind not in ("person", "org"):
        return None
    f = Found(QuoteKind.INDIRECT, start, end, who, None)
    return None if mostly_quoted(f, b.spans, [sp.start for sp in b.spans], text) else f


def _after_key_value(b: BlockView) -> bool:
    """Does the block follow a short "key: value" line ("Comfort rating: 26°F")? Then it is the next line of
    a fact box or spec list, its label a key ("Fill: 650 Fill Power Down"), not a speaker."""
    before = b.before
    return len(before.split()) <= P.EN_KEY_VALUE_MAX_WORDS and P.EN_KEY_VALUE_LINE.match(before) is not None


def _one_claim(b: BlockView, found: list[Found], start: int, end: int) -> bool:
    """Is the text after the label one sentence of a few words that no found clause overlaps?"""
    if len(b.text[start:end].split()) < _MIN_WORDS or b.sentences.around(start)[1] < end:
        return False
    if _LIST_RE.search(b.text, start, end) is not None:
        return False  # "Iowa: Ann Lee, Tom Ray, Jo Kim, …": the names of a list, no claim
    return not any(f.start < end and start < f.end for f in found)


def en_reports_without_cue(text: str) -> bool:
    """May an English block without quote mark or cue still report: "allegations that …" or a label?
    (Without a cue, these are all :func:`~.indirect.indirect_en` can find: other blocks stop before
    their sentences are read.)"""
    if noun_reports(text) or (" said to " in text and PASSIVE_SAID_RE.search(text) is not None):
        return True
    if " heard " in text and COURT_HEARD_RE.search(text) is not None:
        return True  # "The court heard that …": no cue word, a report all the same
    return text[:1].isupper() and _LABEL_RE.match(text, 0, _LABEL_CHARS) is not None


def noun_reports(text: str) -> list[re.Match[str]]:
    """ "allegations that …" and the like (substring tests spare most blocks the regex)."""
    if " that" not in text or not any(word in text for word in P.EN_NOUN_REPORT_WORDS):
        return []
    return list(P.EN_NOUN_REPORT_RE.finditer(text))
