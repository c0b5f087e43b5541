"""What opens a reported clause right after a cue though such a word mostly opens none: a count ("said about 40
people were hurt", "said at least 3,000 homes …"), "both" ("said both men have …"), "this" and a verb, a day owning a
noun ("said Thursday's speeches had …"). Split from :mod:`.clause_en`."""

from __future__ import annotations

import re

from ...lexicon.en import DAY_OWNERS, NOT_CLAUSE_START, THIS_SUBJECT_VERBS
from ...lexicon.punctuation import APOSTROPHE_FORMS, CLAUSE_BREAK_MARKS
from ...lexicon.reporting_en import AT_COUNT_WORDS, COUNT_APPROXIMATORS, COUNT_RE
from .words_en import finite_after

__all__ = ["subject_lead"]

_COUNT_NP_WORDS = 8


def _count_then_finite(text: str, words: list[re.Match[str]]) -> bool:
    """Does a count follow an approximation ``words[0]`` ("about", "at least") and a finite verb end its noun phrase
    within a few words, with no punctuation between ("said about 40 people were hurt": the count opens the clause;
    not "about 9 p.m. Friday")?"""
    k = 2 if len(words) > 3 and words[0].group().lower() == "at" and words[1].group().lower() in AT_COUNT_WORDS else 1
    if len(words) < 3 or k == 1 and words[0].group().lower() not in COUNT_APPROXIMATORS:
        return False
    if COUNT_RE.match(text, words[k].start()) is None:
        return False
    return _finite_within(text, words, k)


def subject_lead(text: str, words: list[re.Match[str]]) -> bool:
    """Does a word that mostly opens no clause open its subject here: a count ("said about 40 people were hurt") or
    "both" ("said both Obama and Biden have been fair")?"""
    return _count_then_finite(text, words) or _both_then_finite(text, words) or _demonstrative_or_dated(text, words)


def _demonstrative_or_dated(text: str, words: list[re.Match[str]]) -> bool:
    """Does "this" and a verb ("said this is a rough patch"), or a day owning a noun ("said Thursday's speeches
    had …", "said last year's budget was …"), open a subject, not a time phrase ("said this week")?"""
    if len(words) < 3:
        return False
    low = words[0].group().lower()
    if low == "this" and words[1].group() in THIS_SUBJECT_VERBS and text[words[0].end() : words[1].start()] == " ":
        return True
    k = 1 if low in ("last", "this", "next") else 0
    if k + 1 >= len(words) or words[k].group().lower() not in DAY_OWNERS:
        return False
    return words[k + 1].group() == "s" and text[words[k].end() : words[k + 1].start()] in APOSTROPHE_FORMS


def _both_then_finite(text: str, words: list[re.Match[str]]) -> bool:
    """Does "both" open a subject of two that a finite verb ends: "both X and Y" ("said both Obama and Biden have
    been fair", "said both he and Rubio promised …") or "both" and a plural ("said both men have …")? Not an
    adverbial ("said both in English and French", "said both times the plan …")."""
    if len(words) < 3 or words[0].group().lower() != "both" or words[1].group().lower() in NOT_CLAUSE_START:
        return False
    if not _finite_within(text, words, 0):
        return False
    return finite_after(words[2]) or any(m.group() == "and" for m in words[2:_COUNT_NP_WORDS])


_DIGIT_GROUP_RE = re.compile(r"(?<=\d),(?=\d)")


def _finite_within(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Does a finite verb follow ``words[k]`` within a few words, with no punctuation nor relative word between?"""
    for m in words[k + 1 : k + 1 + _COUNT_NP_WORDS]:
        between = _DIGIT_GROUP_RE.sub("", text[words[k].start() : m.start() + 1])  # (not the comma of "3,000")
        if any(ch in between for ch in CLAUSE_BREAK_MARKS):
            return False
        if m.group().lower() in ("that", "who", "which"):
            return False
        if finite_after(m):
            return True
    return False
