"""A Romance subject set off from its verb of saying by a relative clause: "El vecino, que prefirió no dar su
nombre, contó que …", "Le maire, qui était sur place, a déclaré que …", "Il sindaco, che era presente, ha detto
che …". The phrase that opens the sentence, before the relative pronoun's comma, is who speaks (German reads the
same shape in :mod:`.latin_set_off`)."""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who
from .latin_phrases import reaches, read_subject

__all__ = ["description_before_comma", "relative_set_off", "subject_across_relative"]

_PRONOUN_CHARS = 12  # "quienes " and the space before


def relative_set_off(table: LatinTable, text: str, s: int, verb: int) -> int | None:
    """The comma that sets off a relative clause right after the sentence's first phrase, the clause running up to
    the comma right before the verb at ``verb`` ("El vecino, que prefirió …, contó"); None for another shape. The
    pronoun may be the conjunction's word ("que", "che"): no verb stands before it, so it opens no report."""
    if table.subject_first or text[verb - 2 : verb] != ", ":
        return None
    comma = text.find(", ", s, verb - 2)
    if comma <= s:
        return None
    pronoun = text[comma + 2 : comma + 2 + _PRONOUN_CHARS].split(" ", 1)[0].lower()
    relative = pronoun in table.relatives or pronoun in table.relative_subjects or pronoun in table.that
    return comma if relative and comma + 2 + len(pronoun) < verb - 2 else None


def subject_across_relative(table: LatinTable, text: str, s: int, verb: int) -> Who | None:
    """The phrase opening the sentence [s, verb) before a relative clause set off between it and the verb (see
    :func:`relative_set_off`), when it reaches the relative's comma; None otherwise."""
    comma = relative_set_off(table, text, s, verb)
    if comma is None:
        return None
    start = s + len(text[s:comma]) - len(text[s:comma].lstrip())
    who = read_subject(table, text, start, comma)
    if who is None or not reaches(text, who, comma) or text[start : who.start].strip():
        return None
    return who


def description_before_comma(table: LatinTable, text: str, s: int, comma: int) -> Who | None:
    """The subject after a verb of saying, a description an article opens, that ends right at ``comma`` ("«…»,
    advirtió el edil, quien añadió que …": "el edil"); None when no such phrase ends there. The phrase before a
    relative pronoun ends at its comma; only one right after a verb of saying is read (an article elsewhere may open
    a whole clause: "La séance était présidée par …")."""
    lo = max(s, comma - _DESCRIPTION_CHARS)
    words = text[lo:comma].split(" ")
    at = lo
    for k, word in enumerate(words):
        before = words[max(0, k - 2) : k]
        said = bool(before) and (before[-1] in table.cues or " ".join(before) in table.cues)
        if said and word.lower() in table.determiners:
            who = read_subject(table, text, at, comma)
            if who is not None and reaches(text, who, comma):
                return who
        at += len(word) + 1
    return None


_DESCRIPTION_CHARS = 60  # how far back from the comma the verb of saying may stand
