"""A German subject that presents itself before a colon and a quote: "Hahn zeigte sich überwältigt: „…“",
"Müller gab sich nach dem Spiel zufrieden: „…“", "Die Ärztin äußerte sich vorsichtig: „…“". No verb of saying
stands in the clause, yet what follows the colon is the subject's words: :func:`self_presenting_subject` reads the
subject before the verb of :data:`cqnews.lexicon.speech_verbs_latin.GERMAN_SELF_PRESENTING` that "sich" follows."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.quotes_latin import LatinTable
from ...lexicon.speech_verbs_latin import GERMAN_SELF_PRESENTING
from ..speakers.phrases import Who
from .latin_subject import clause_subject

__all__ = ["self_presenting_subject"]


def self_presenting_subject(table: LatinTable, text: str, s: int, end: int) -> Who | None:
    """The subject of the clause ``text[s:end]`` (ending before its colon) when a verb presenting it and "sich"
    follow it ("Hahn zeigte sich überwältigt"); None elsewhere, and in the other languages."""
    if table.language != "de":
        return None
    m = _verb_re().search(text, s, end)
    return clause_subject(table, text, s, m.start()) if m is not None and m.start() > s else None


@cache
def _verb_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(GERMAN_SELF_PRESENTING, key=len, reverse=True))
    return re.compile(rf" (?:{verbs}) sich\b")
