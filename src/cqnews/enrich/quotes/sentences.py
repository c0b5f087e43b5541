"""Sentence boundaries of a block, full stops inside quotes ignored (see :mod:`cqnews.enrich.quotes.spans` for the
quotes): :class:`Sentences` of a block, and :func:`ends_sentence_between` for a stretch of it. An English full stop
after an abbreviation, an initial or an ordinal day ("Mr.", "J.", "am 18. November") ends no sentence; paragraphs
glued without a space ("…fake news".Launched in June) still do."""

from __future__ import annotations

import bisect
import re

from ...lexicon import quote_patterns as P
from ...lexicon.dates import MONTHS
from ...lexicon.punctuation import CLOSING_QUOTE_MARKS_OR_BRACKET, SPACES_AND_QUOTE_MARKS
from ...lexicon.punctuation_zh import SENTENCE_END_MARKS, ZH_SENTENCE_ENDS
from .spans import Span

__all__ = ["Sentences", "ends_sentence_between"]

_END_RE = re.compile(f"[{SENTENCE_END_MARKS}]")
_DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_ABBREVIATIONS = P.EN_ABBREVIATIONS  # words a full stop follows without ending the sentence


class Sentences:
    """Sentence boundaries of a block, ignoring full stops inside quotes."""

    def __init__(self, text: str, spans: list[Span], cjk: bool) -> None:
        self.text = text
        ends: list[int] = []
        k = 0
        closes = [_span_end(span, len(text)) for span in spans]
        for m in _END_RE.finditer(text):
            p = m.start()
            while k < len(spans) and closes[k] < p:
                k += 1
            if k < len(spans) and spans[k].open < p <= closes[k]:
                if _ends_inside(text, spans[k], p, cjk):
                    ends.append(closes[k] + 1)
                continue
            if cjk and text[p] in ZH_SENTENCE_ENDS or not cjk and _english_end(text, p):
                ends.append(p + 1)
        self.ends = sorted(set(ends))

    def around(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``pos``."""
        k = bisect.bisect_right(self.ends, pos)
        start = self.ends[k - 1] if k > 0 else 0
        end = self.ends[k] if k < len(self.ends) else len(self.text)
        while start < end and self.text[start].isspace():
            start += 1
        return start, end


def _span_end(span: Span, n: int) -> int:
    return n if span.close is None else span.close


def _ends_inside(text: str, span: Span, p: int, cjk: bool) -> bool:
    """A full stop just inside a closing mark ends the sentence when a new one follows (“A.” The …)."""
    if span.close is None or text[p] not in ".。":
        return False
    first_mark = span.close - 1 if text.startswith("''", span.close - 1) else span.close
    if p != first_mark - 1:  # (a '' closer is two marks: "roads.'' It was" ends after both)
        return False
    nxt = span.close + 1
    while nxt < len(text) and text[nxt] == " ":
        nxt += 1
    if nxt >= len(text):
        return True
    if cjk:
        return text[nxt] in P.OPENERS
    return text[nxt].isupper() or text[nxt] in P.OPENERS


def _glued_end(text: str, p: int) -> bool:
    """ "…fake news".Launched in June": paragraphs joined without a space (a page's JSON body) still end
    their sentence where a lower-case word or a closing mark meets a capitalised word."""
    return (
        0 < p
        and p + 2 < len(text)
        and text[p + 1].isupper()
        and text[p + 2].islower()
        and (text[p - 1].islower() or text[p - 1] in CLOSING_QUOTE_MARKS_OR_BRACKET)
    )


def ends_sentence_between(text: str, lo: int, hi: int) -> bool:
    """Does a sentence end in ``text[lo:hi]``, by the rules of :class:`Sentences` (abbreviations,
    initials, numbers)? A stop with only spaces and quote marks after it up to ``hi`` does not count:
    it closes the clause right before ``hi``."""
    for m in _END_RE.finditer(text, lo, hi):
        p = m.start()
        if not text[p + 1 : hi].strip(SPACES_AND_QUOTE_MARKS):
            continue
        if text[p] in ZH_SENTENCE_ENDS or _english_end(text, p):
            return True
    return False


_WORD_AFTER_RE = re.compile(r" (\w{3,12})\b")


def _ordinal_day(text: str, p: int) -> bool:
    """Is the full stop at ``p`` that of a day of one or two digits before a month name ("18. November",
    "5. mars"; the month table is the date readers' own)?"""
    digits = p
    while digits > 0 and text[digits - 1].isdigit():
        digits -= 1
    if not 1 <= p - digits <= 2:
        return False
    m = _WORD_AFTER_RE.match(text, p + 1)
    return m is not None and m.group(1).lower() in MONTHS


def _abbreviation_stop(text: str, p: int) -> bool:
    """Is the full stop at ``p`` part of an abbreviation, an initial or an ordinal day, ending no sentence?"""
    if p >= 2 and P.PLURAL_ABBREVIATION_PAIR_RE.match(text, p - 2):
        return True  # "EE. UU.": the first pair of a plural abbreviation
    w = p
    while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "."):
        w -= 1
    word = text[w:p].lower()
    initial = len(word) == 1 and not text[w - 1 : w].isdigit()  # (not the "s" of "the 1990s.")
    if word in _ABBREVIATIONS or initial or _DOTTED_RE.fullmatch(word):
        return True  # "Mr.", "J.", and dotted initialisms like "U.K." (as "U.S." always was)
    # "am 18. November": a day written as an ordinal (German, Nordic), no sentence end
    return not word and _ordinal_day(text, p)


def _english_end(text: str, p: int) -> bool:
    if _glued_end(text, p):
        w = p
        while w > 0 and text[w - 1].isalpha():
            w -= 1
        return text[w:p].lower() not in _ABBREVIATIONS
    if text[p] == "." and p + 1 < len(text) and not text[p + 1].isspace():
        return False  # 3.5, U.S.
    if p + 1 < len(text) and text[p + 1] not in " \t\n":
        return False
    if text[p] == "." and _abbreviation_stop(text, p):
        return False
    nxt = p + 1
    while nxt < len(text) and text[nxt] == " ":
        nxt += 1
    return nxt >= len(text) or not text[nxt].islower()
