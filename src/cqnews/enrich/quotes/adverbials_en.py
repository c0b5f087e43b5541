"""Where a bare reported clause starts after short adverbials right after its cue ("said in an email the cost …",
"said in a statement on Sunday evening the matter …"). Split from :mod:`.clause_en`."""

from __future__ import annotations

import re

from ...lexicon.en import MODIFIER_DETERMINERS, PP_HEADS, WORK_TITLE_JOINERS
from ...lexicon.punctuation import ADVERBIAL_STOP_MARKS
from .words_en import opens_clause

__all__ = ["past_adverbial"]


_PP_DETERMINERS = MODIFIER_DETERMINERS


def past_adverbial(text: str, lo: int, words: list[re.Match[str]]) -> re.Match[str] | None:
    """The word after a short adverbial ("in an email", "on Monday") if a clause starts there, with no
    punctuation between ("wrote in her memoir, “I was …”": what follows the comma is a quote or a title)."""
    k = 0
    for _ in range(_ADVERBIALS):  # "in a statement on Sunday evening the …": two in a row
        k += 1
        if k < len(words) and words[k].group().lower() in _PP_DETERMINERS:
            k = _past_title_run(text, words, k + 1)  # "in the New England Journal of Medicine": one noun
        k += 2 if k + 1 < len(words) and words[k + 1].group().lower() in _DAY_PARTS else 1  # ("on Sunday evening")
        if k < len(words) and any(ch in text[lo : words[k].start()] for ch in ADVERBIAL_STOP_MARKS):
            return None
        if k < len(words) and (opens_clause(words[k].group()) or words[k].group() == "to"):
            return words[k]  # (an infinitive, "promised on Tuesday to refrain", is judged by the caller)
        if k >= len(words) or words[k].group().lower() not in PP_HEADS:
            return None
    return None


_ADVERBIALS = 2
_DAY_PARTS = frozenset("morning afternoon evening night".split())


def _past_title_run(text: str, words: list[re.Match[str]], k: int) -> int:
    """The last word of a capitalised title run after a determiner ("the Boston Journal of Medicine", "the New
    York Times"): its words name one thing, so none of them opens the clause after the adverbial."""
    while k + 1 < len(words) and words[k].group()[:1].isupper() and text[words[k].end() : words[k + 1].start()] == " ":
        nxt = words[k + 1].group()
        if nxt[:1].isupper():
            k += 1
        elif nxt in WORK_TITLE_JOINERS and k + 2 < len(words) and words[k + 2].group()[:1].isupper():
            k += 2
        else:
            break
    return k

