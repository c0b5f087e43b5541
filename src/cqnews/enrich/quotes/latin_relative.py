"""A Romance subject set off from its verb of saying by a relative clause: "El vecino, que prefirió no dar su
nombre, contó que …", "Le maire, qui était sur place, a déclaré que …", "Il sindaco, che era presente, ha detto
che …". The phrase that opens the sentence, before the relative pronoun's comma, is who speaks (German reads the
same shape in :mod:`.latin_set_off`)."""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who
from .latin_phrases import reaches, read_subject

__all__ = ["relative_set_off", "subject_across_relative"]

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
