"""A Romance body named before its verb of saying with an adjective of belonging after its name: "El Gobierno regional
ha confirmado que …", "le Gouvernement français a annoncé …", "la Commission européenne a dit …". The body speaks; the
adjectives (lower-case words with an ending of :data:`cqnews.lexicon.descriptions_latin.ROMANCE_BODY_ADJECTIVE_ENDINGS`)
are part of its name. Split from :mod:`.latin_subject`."""

from __future__ import annotations

from ...lexicon.descriptions_latin import ROMANCE_BODY_ADJECTIVE_ENDINGS
from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who

__all__ = ["body_and_adjective"]


def body_and_adjective(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """ "El Gobierno regional ha confirmado que …" / "le Gouvernement français a annoncé": an article opening the
    clause, a body's capitalised name and an adjective or two of belonging after it, right before the verb: the body
    (:data:`ROMANCE_BODY_ADJECTIVE_ENDINGS`)."""
    d = len(words) - 1
    while d > 0 and len(words) - d <= _BODY_ADJECTIVES and _belonging(words[d][0]):
        d -= 1
    head = d - 1
    if d == len(words) - 1 or head < 0 or not words[d][0][:1].isupper():
        return None
    if words[head][0].lower() not in table.determiners or (head > 0 and words[head - 1][0][0].isalnum()):
        return None  # (an article opening the clause: not "de la Policía local" of "Fuentes de …")
    return Who(" ".join(w for w, _ in words[head:]), "org", start=words[head][1])


_BODY_ADJECTIVES = 2


def _belonging(word: str) -> bool:
    """Is ``word`` a lower-case adjective of belonging ("regional", "autonómico", "français")?"""
    return word.isalpha() and word.islower() and word.endswith(ROMANCE_BODY_ADJECTIVE_ENDINGS)
