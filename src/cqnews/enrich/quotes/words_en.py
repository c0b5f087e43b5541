"""Word tests an English reported clause is read with: what can open a clause, and what is a finite verb
(the word tables are :mod:`cqnews.lexicon.en`'s)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...lexicon.en import CLAUSE_OPENERS, CONTRACTED_AUXILIARIES, FINITE_WORDS, NOT_S_FORM_ENDINGS
from ...lexicon.punctuation import APOSTROPHES
from ...lexicon.reporting_en import IRREGULAR_PAST
from .text import WORD_RE

__all__ = [
    "SUBJECT_WORDS",
    "contracted",
    "finite_after",
    "has_auxiliary",
    "has_verb",
    "opens_clause",
    "past_form",
    "s_form",
    "verb_after_subject",
]


def opens_clause(word: str) -> bool:
    """Can ``word`` open a clause's subject: a word of lexicon.en.CLAUSE_OPENERS (a determiner, a pronoun: "the",
    "she") or a capitalised word (a name)?"""
    return word.lower() in CLAUSE_OPENERS or word[:1].isupper()



def has_auxiliary(text: str, lo: int, hi: int) -> bool:
    """Does an auxiliary or copula ("has", "was", "will") stand between ``lo`` and ``hi``?"""
    return any(m.group() in FINITE_WORDS for m in WORD_RE.finditer(text, lo, hi))


def has_verb(words: list[re.Match[str]]) -> bool:
    """Do the words after a clause's first word hold a likely finite verb (an auxiliary, a lower-case word
    ending in -ed or -s, or an irregular past: "the abuse took place")? A clause has one; a listener's name or
    an adverbial has none."""
    for m in words:
        w = m.group()
        if w in FINITE_WORDS or w in IRREGULAR_PAST or (w.islower() and len(w) > 4 and w.endswith(("ed", "s"))):
            return True
        if contracted(m):
            return True
    return False


def contracted(m: re.Match[str]) -> bool:
    """Is the word ``m`` an auxiliary contracted onto a pronoun ("he’d", "they’re", "she’s", "I’m")? An "s" after
    a noun is its possessive ("Trump’s plan"), no verb."""
    at, w = m.start(), m.group()
    if at < 2 or m.string[at - 1] not in APOSTROPHES or w not in CONTRACTED_AUXILIARIES:
        return False
    before = _LAST_WORD_RE.search(m.string, max(0, at - 8), at - 1)
    return before is not None and before.group().lower() in _CONTRACTING_PRONOUNS


_CONTRACTING_PRONOUNS = frozenset("i he she it we they you that there who what".split())
_LAST_WORD_RE = re.compile(r"\w+$")


def finite_after(m: re.Match[str]) -> bool:
    """Is the word ``m`` a finite verb after a subject: an auxiliary, modal or copula of lexicon.en.FINITE_WORDS ("was",
    "will") or a lower-case past in -ed ("agreed")? A form in -s is left out: it is a plural noun as often."""
    w = m.group()
    return w in FINITE_WORDS or (w.islower() and len(w) > 3 and w.endswith("ed"))


def s_form(w: str) -> bool:
    """Does ``w`` end in the "-s" of a plural or a present ("yields", "runs"), not "-ss", "-us", "-is" ("this")?"""
    return w.endswith("s") and not w.endswith(NOT_S_FORM_ENDINGS)


def past_form(w: str) -> bool:
    """Is ``w`` a past tense or participle: an irregular one of lexicon.reporting_en.IRREGULAR_PAST ("took", "been")
    or a lower-case word of five letters or more in -ed ("robbed", "failed")?"""
    return w in IRREGULAR_PAST or w.islower() and len(w) > 4 and w.endswith("ed")


# How many words a clause's subject may have before its verb ("said: the new council offices will …", "were told
# the old bridge was …").
SUBJECT_WORDS = 5


def verb_after_subject(
    text: str, at: int, words: list[re.Match[str]], is_verb: Callable[[re.Match[str]], bool]
) -> bool:
    """Does a verb (``is_verb``) follow the clause's first word ``words[0]`` within :data:`SUBJECT_WORDS` words, with
    no comma between ``at`` and it? A comma there ends a list or an aside ("said: jobs, housing and schools"), no
    subject."""
    verb = next((k for k in range(1, min(len(words), SUBJECT_WORDS + 1)) if is_verb(words[k])), 0)
    return verb > 0 and "," not in text[at : words[verb].start()]
