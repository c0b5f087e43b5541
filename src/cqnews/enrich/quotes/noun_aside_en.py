"""A noun the writer sets after a clause with a relative clause of its own whose subject holds a cue ("…, a charge
it denies.", "…, a claim the company rejects.", "…, a sum its chairman said was unfair."): the words before the cue
are a noun and then a subject, no speaker of a closing cue. The clause before the comma is the writer's."""

from __future__ import annotations

from ...lexicon import quote_patterns as P
from ...lexicon.en import ADVERBIAL_PREPOSITIONS, PREPOSITIONS, RELATIVE_WORDS
from ...lexicon.speaker_phrases_en import INDEFINITE_ARTICLES
from .text import WORD_RE

__all__ = ["noun_then_subject", "subject_after_noun", "which_then_subject"]


def noun_then_subject(text: str, lo: int, c: int) -> bool:
    """Do the words from ``lo`` (the subject phrase after the comma) to the cue (before ``c``) open with "a"/"an" and a
    noun, then a subject's pronoun or determiner ("a charge it", "a claim the company", "a figure their lawyer")?
    Not when a preposition, a relative word or a participle stands before it ("a spokesman for the firm", "a
    witness who saw the crash", "a lawyer representing the family"): those are one speaker's description."""
    return subject_after_noun(text, lo, c) is not None


def subject_after_noun(text: str, lo: int, c: int) -> int | None:
    """Where the subject after the writer's noun starts (see :func:`noun_then_subject`: "a forecast the government
    said was …" -> "the government"), or None."""
    words = list(WORD_RE.finditer(text, lo, c))
    if len(words) < 3 or words[0].group() not in INDEFINITE_ARTICLES or not words[1].group().islower():
        return None
    for m in words[2:]:
        w = m.group()
        if w in P.EN_CUES:
            return None  # (the cue reached: "a senior union official told the Star")
        if w in _SUBJECT_OPENERS:
            return m.start()
        low = w.lower()
        if low in PREPOSITIONS or low in ADVERBIAL_PREPOSITIONS or low in RELATIVE_WORDS or low.endswith(("ing", "ed")):
            return None
    return None


def which_then_subject(text: str, lo: int, c: int) -> bool:
    """Are the words from ``lo`` to the cue at ``c`` "which" and then a subject with no preposition in it ("which it
    denies", "which the company has denied")? A relative clause of the writer's on the clause
    before it, its own subject holding the cue."""
    words = WORD_RE.findall(text, lo, c)
    if len(words) < 2 or words[0] != "which" or words[1] not in _SUBJECT_OPENERS:
        return False
    return not any(w.lower() in PREPOSITIONS or w.lower() in RELATIVE_WORDS or w in P.EN_CUES for w in words[2:])


# What opens the subject of a relative clause with no relative word after a noun: a subject pronoun or a determiner.
_SUBJECT_OPENERS = frozenset("it he she they we I the its his her their our this these those".split())
