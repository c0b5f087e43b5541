"""What the quote finders of a block share: the found quote, the block being read, and text helpers.

A :class:`BlockView` is made once per block and carries its per-block state (spans, sentences,
cues, the token reader of the speaker phrases, the clause stops), so nothing is kept between calls.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ...deadline import NO_DEADLINE, Deadline
from ...lexicon.en import SUBORDINATORS
from ...lexicon.punctuation import CLOSING_QUOTE_MARKS, CLOSING_QUOTE_MARKS_WITH_STRAIGHT_SINGLE
from ...models import QuoteKind
from ...text import char_before as char_before  # (re-exported: the quote finders read it here)
from ...text import has_han
from ...text import space_before as space_before
from ..speakers.phrases import TokenReader, Who
from .sentences import Sentences
from .spans import Span

WORD_RE = re.compile(r"\w+")
# The comma that closes a subordinate clause (maybe inside a closing quote mark), then the main clause's
# subject (a name or a pronoun) and a lower-case word: ", Rubio fired back". Bounded repeats.
_FIRST_WORD_RE = re.compile(r"\W{0,3}(\w+)")


def opens_subordinate(text: str, s: int) -> bool:
    """Does the sentence at ``s`` open with a subordinate clause ("When Trump suggested …, Rubio fired
    back")? Not "As X said, …", whose main clause is what was said."""
    m = _FIRST_WORD_RE.match(text, s)
    word = m.group(1) if m is not None else ""
    return word[:1].isupper() and word.lower() in SUBORDINATORS and word != "As"


MAIN_CLAUSE_RE = re.compile(
    ",["
    + CLOSING_QUOTE_MARKS_WITH_STRAIGHT_SINGLE
    + "]? "
    + r"(?:[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3}|he|she|they|we|I) [a-z]"
)


# How far (characters) a cue may sit from the quote it attributes.
NEAR = 120


ZH_NEAR = 40


# Bounds that keep the work per quote constant: cues looked back at, longest reported clause.
MAX_LOOKBACK = 6


_FRAME_WORDS = 6  # words outside the quotes a clause may have and still be only a quote


MAX_CLAUSE = 2500
# The fewest characters of a reported clause ("the plan works"): a shorter stretch is a fragment, no report.
MIN_CLAUSE = 12


@dataclass(slots=True)
class Found:
    """A quote before speaker resolution."""

    kind: QuoteKind
    start: int
    end: int
    who: Who | None
    cue: str | None
    span: Span | None = None
    bare: bool = False  # unattributed and too short to stand alone: kept only if it continues a speaker
    unsaid: bool = False  # a word its clause uses (以“零库存”为目标): its speaker goes on, it is no quote
    shaped: bool = False  # kept for its shape alone, no speaker near it (…插了句，“…。”): its speaker read apart


def dedupe(found: list[Found]) -> list[Found]:
    """Two cues reporting the same clause ("Govender said the investigation revealed that …"): keep the first."""
    kept: list[Found] = []
    for f in found:
        if overlaps_kept(f.start, f.end, kept[-1] if kept else None):
            continue
        kept.append(f)
    return kept


@dataclass(slots=True)
class Cues:
    """Reporting words of a block that stand outside quotes, sorted by position."""

    starts: list[int]
    ends: list[int]
    words: list[str]

    def between(self, lo: int, hi: int) -> range:
        return range(bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi))

    def last(self, lo: int, hi: int) -> range:
        """The few cues nearest before ``hi``, nearest first."""
        return self.between(lo, hi)[::-1][:MAX_LOOKBACK]


class Inside:
    """Membership test "is this offset inside a quote?" for increasing or random offsets."""

    def __init__(self, spans: list[Span], n: int) -> None:
        self.opens = [s.open for s in spans]
        self.closes = [n if s.close is None else s.close for s in spans]

    def __call__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.opens, pos) - 1
        return k >= 0 and pos < self.closes[k]


def has_words(text: str, sp: Span) -> bool:
    return WORD_RE.search(text, sp.start, sp.end) is not None


NONSPACE_RE = re.compile(r"\S")


def blank(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]`` only whitespace? (stops at the first other character)"""
    return NONSPACE_RE.search(text, lo, hi) is None


def ends_block(text: str, pos: int) -> bool:
    """Is what follows ``pos`` empty or a lone full stop?"""
    m = NONSPACE_RE.search(text, pos)
    return m is None or text[m.start()] in ".。" and blank(text, m.start() + 1, len(text))


def overlaps_kept(start: int, end: int, kept: Found | None) -> bool:
    """dedupe's test: does a clause mostly repeat the one kept before it?"""
    return kept is not None and start < kept.end and min(end, kept.end) - start > 0.5 * (end - start)


def char_after(text: str, pos: int) -> str:
    """The first non-space character from ``pos``, or ""."""
    m = NONSPACE_RE.search(text, pos, pos + 40)
    return text[m.start()] if m else ""


def trim_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip punctuation around a clause; an over-long clause comes back longer than MAX_CLAUSE
    (and is dropped by the caller), so the work stays bounded."""
    end = min(end, start + MAX_CLAUSE + 1)
    limit = min(end, start + 64)
    while start < limit and text[start] in " ,:":
        start += 1
    floor = max(start, end - 64)
    while end > floor and text[end - 1] in " .,;:!?—–":
        end -= 1
    if start < end and text[start] == "(" and text.find(")", start, end) < 0:
        start += 1  # "(The ferry is a draw, Lee said.)": the sentence's own parenthesis is no part of the clause
    if end < len(text) and text[end : end + 1] in CLOSING_QUOTE_MARKS and text[end - 1 : end] != " ":
        end += 1  # keep a closing mark that ends the clause
    return start, end


def mostly_quoted(f: Found, spans: list[Span], starts: list[int], text: str | None = None) -> bool:
    """Is the clause mostly a direct quote (then only the direct quote counts)?

    With ``text`` (English), the words outside the quotes must also be a mere frame ("that",
    "therefore"): a predicate of their own (“…” should be supported by all parties) makes the clause
    reported speech as well.
    """
    k = bisect.bisect_right(starts, f.end)
    covered = 0
    pieces: list[tuple[int, int]] = []
    for sp in reversed(spans[max(0, k - MAX_LOOKBACK) : k]):
        if sp.end <= f.start:
            break
        lo, hi = max(f.start, sp.start), min(f.end, sp.end)
        if hi > lo:
            covered += hi - lo
            pieces.append((lo, hi))
    if covered <= 0.7 * (f.end - f.start):
        return False
    if text is None:
        return True
    outside, pos = 0, f.start
    for lo, hi in sorted(pieces):
        outside += len(WORD_RE.findall(text, pos, lo)) if lo > pos else 0
        pos = max(pos, hi)
    outside += len(WORD_RE.findall(text, pos, f.end))
    return outside <= _FRAME_WORDS


@dataclass(frozen=True, slots=True)
class VerbScan:
    """How far one sentence's words were read from ``start`` for :func:`~.lead_en.holds_verb_between`, and where
    its first verb ends (None: no verb before ``read_to``)."""

    start: int
    read_to: int
    verb_end: int | None


@dataclass(slots=True)
class BlockView:
    """One block as the quote finders read it: its text, quoted spans, sentences and cues, the token
    reader its speaker phrases share, and (built on first use) where its reported clauses may stop."""

    text: str
    spans: list[Span]
    sentences: Sentences
    cues: Cues
    reader: TokenReader
    stops: dict[int, bool] | None = None  # (judged on first use) does the joiner at an offset stop a clause?
    # (built on first use, for the languages whose pronouns read them) the people named in the block's prose:
    # (end and start of the name's run, office words, name words), in text order
    people: list[tuple[int, int, tuple[str, ...], tuple[str, ...]]] | None = None
    before: str = ""  # the block before, as read (a paragraph ending in a colon introduces this one's quote)
    # (built on first use, as ``people``) the people named in the prose of the block before
    people_before: list[tuple[int, int, tuple[str, ...], tuple[str, ...]]] | None = None
    # the quote search's deadline, for the finders whose work grows with the cues of one long sentence
    deadline: Deadline = NO_DEADLINE
    # (one sentence at a time) how far the sentence's words were read for a verb before its cues
    verb_scan: VerbScan | None = None
    # (Chinese, filled as its quotes are read) the start of the row of quotes of each opening walked from
    row_starts: dict[int, int] = field(default_factory=dict)


def zh_text(text: str) -> bool:
    """Is the block Chinese (a Han character in its first 200 characters)?"""
    return has_han(text[:200])
