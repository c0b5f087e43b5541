"""Where the finite verb of a short English stretch stands: "The plant closed" holds one, "The injured
workers" none. The clause readers ask whether a stretch is a clause (:mod:`cqnews.enrich.quotes.lead_en`);
the speaker readers ask where a clause's subject ends ("The senator attacked the council, saying …": the
subject is "The senator")."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.en import COUNT_WORDS, FINITE_AUXILIARIES, MODIFIER_DETERMINERS, NEGATED_AUXILIARIES
from ...lexicon.reporting_en import INFINITIVE_TAKERS, IRREGULAR_PAST

__all__ = ["finite_at"]


def finite_at(words: Sequence[str]) -> int:
    """The index of the first finite verb among ``words`` after the first, -1 when none: an auxiliary (negated
    too: "didn't"), a lower-case past form in -ed or a common irregular one ("went", "fell") that no determiner or
    number leads (a participle adjective has one: "the injured man"), or a verb taking an infinitive before "to".
    A present form in -s is not read as one: a plural noun looks the same."""
    for k, w in enumerate(words[1:], 1):
        if w in FINITE_AUXILIARIES or w.replace("’", "'") in NEGATED_AUXILIARIES:
            return k
        prev = words[k - 1].lower()
        if prev in MODIFIER_DETERMINERS or prev in COUNT_WORDS or prev.isdigit():
            continue  # "the injured man", "the plans to build": a modifier or a noun
        if w.islower() and len(w) > 3 and w.endswith("ed") or w in IRREGULAR_PAST:
            return k
        if w in INFINITIVE_TAKERS and words[k + 1 : k + 2] == ["to"]:
            return k
    return -1
