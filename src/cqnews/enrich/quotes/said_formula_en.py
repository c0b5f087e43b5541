"""A verb of saying whose object is a formula or a pro-form, not a reported clause: "said nothing about the
motive", "said goodbye to the old house", "said yes to the stadium", "has said so repeatedly", "said otherwise
in court". The formula must end its phrase (a preposition, an adverb in -ly, a mark or the end follow it):
"said nothing was wrong", "said no decision had been made", "said much of the town was flooded" still report."""

from __future__ import annotations

import re

from ...lexicon.en import PREPOSITIONS
from ...lexicon.reporting_en import SAID_FORMULAE, SAY_FORMS

__all__ = ["said_formula"]

_ADVERBS_AFTER = 2  # "said so repeatedly", "said so again publicly"
_AFTER_FORMULA = PREPOSITIONS | frozenset(["again"])


def said_formula(text: str, words: list[re.Match[str]], word: str) -> bool:
    """Is the first word right after the cue ``word`` (a verb of saying; the caller has checked that no mark stands
    between them: "said: nothing is settled" is a clause after a mark) a formula or pro-form closing its phrase?"""
    if word.lower() not in SAY_FORMS or not words or words[0].group().lower() not in SAID_FORMULAE:
        return False
    k = 1
    while k < len(words) and k <= _ADVERBS_AFTER and words[k].group().lower().endswith("ly"):
        k += 1
    if k >= len(words) or text[words[k - 1].end() : words[k].start()].strip():
        return True  # the end of the block or a mark after the formula
    return words[k].group().lower() in _AFTER_FORMULA
