"""The subject of an English cue of reported speech: the phrase right before the cue ("The bank said …"), past a
relative aside set off by commas ("The mill, which employs 2,000 people, said …"), before the verb of a predicate of
stance ("Ellis is confident that …") or a past verb whose object the cue form is ("The bishop expressed hope that …").
Split from :mod:`.indirect`."""

from __future__ import annotations

import re

from ...lexicon import quote_patterns as P
from ...lexicon.en import COORDINATORS, FINITE_WORDS
from ...lexicon.punctuation import DOUBLE_QUOTE_MARKS
from ...lexicon.reporting_en import PREDICATE_WORDS, STANCE_ADJECTIVES
from ..speakers.phrases import Who, en_subject_before
from .noun_aside_en import subject_after_noun
from .text import WORD_RE, BlockView

__all__ = ["cue_subject", "subject_aside"]


def cue_subject(b: BlockView, s: int, c: int, word: str, aside: int | None) -> Who | None:
    """The subject right before the cue; with a relative aside before it (``aside``, its comma), the subject before
    that aside when none or a word of the aside is read ("The mill, which employs 2,000 people, said": not "employs
    2")."""
    end = _predicate_start(b.text, s, c) if word in STANCE_ADJECTIVES else c
    if word in P.EN_WEAK_CUES and (verb := _PAST_VERB_BEFORE_RE.search(b.text, max(s, c - 24), c)) is not None:
        end = verb.start()  # "The bishop expressed hope that …": the cue form is the past verb's object
    who = en_subject_before(b.reader, s, end)
    if aside is not None and (who is None or who.start > aside and not _named_in_aside(b.text, s, aside, who)):
        who = en_subject_before(b.reader, s, aside)
    if who is None or who.kind != "desc" or not _verb_opens(b.text, c + len(word)):
        return who
    own = subject_after_noun(b.text, who.start, c)
    if own is not None:  # ", a forecast the government said was too gloomy": the government speaks, not the forecast
        who = en_subject_before(b.reader, own, c) or who
    return who


# A past form in -ed right before a cue form (one space between): the cue form is its object noun ("expressed hope",
# "voiced concern", "raised fears"), the subject ends before the verb.
_PAST_VERB_BEFORE_RE = re.compile(r"(?<![\w’'])[a-z]{3,}ed $")


def _verb_opens(text: str, c_end: int) -> bool:
    """Does a finite verb follow the cue right away ("said was too gloomy": the relative's gap is its subject)?"""
    m = WORD_RE.match(text, c_end + 1) if text[c_end : c_end + 1] == " " else None
    return m is not None and m.group() in FINITE_WORDS


def _named_in_aside(text: str, s: int, aside: int, who: Who) -> bool:
    """Is ``who`` the name the aside gives the subject before it ("One of the victims, who gave his name only as
    Yusuf, said": Yusuf, with the subject as role)?"""
    return who.kind == "person" and bool(who.role) and text[s:aside].rstrip().endswith(who.role or "")


# A sentence that opens with a short noun phrase, then a relative clause set off by commas right before the cue
# ("The bank, which has 40 branches in Kenya, said …"): the subject and an aside on it, no clause reported before
# an inverted cue; a comma inside a number ("2,000") stays in the aside. Negated classes only: no backtracking.
_SUBJECT_ASIDE_RE = re.compile(r"[^,;:.!?\"“”]{2,60}(, (?:which|who|whose) )(?:[^,;:!?\"“”]|,(?=\d)){2,120}, ?")


def subject_aside(text: str, s: int, c: int) -> int | None:
    """Where the relative clause set off between the sentence's subject and the cue opens (its comma), or None
    when the words before the cue are no subject with such an aside."""
    lo = s
    while lo < c and text[lo] == " ":
        lo += 1
    m = _SUBJECT_ASIDE_RE.fullmatch(text, lo, c)
    return m.start(1) if m is not None else None


def _predicate_start(text: str, s: int, c: int) -> int:
    """Where the predicate of an adjective of stance starts ("Ellis is confident that", "Ellis made it
    clear that", "Ellis has become increasingly convinced that"): the subject ends before its verb."""
    lo = max(s, c - _PREDICATE_REACH)
    if any(mark in text[lo:c] for mark in DOUBLE_QUOTE_MARKS):
        return c  # a quote's words before the predicate: no plain subject to read
    k = c
    for m in reversed(WORD_RE.findall(text, lo, c)):
        if m.lower() in COORDINATORS:
            return c  # "…, and made it clear that": the subject is the first verb's, read as before
        if m.lower() not in PREDICATE_WORDS and not m.endswith("ly"):
            break
        k = text.rfind(m, s, k)
    return k


_PREDICATE_REACH = 60
