"""A subject that opens a German sentence, set off from its verb of saying by a phrase between commas: a relative
clause or an apposition ("Anna Roth, die seit 2010 den Verein leitet, sagte, …", "Max Weber (SPD), Bürgermeister von
Ulm, sagte, …", "Der Landrat, der selbst Landwirt ist, betonte, …"). The verb stands right after the phrase's
comma; the subject is the phrase that opens the sentence and ends at the first comma."""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who
from .latin_phrases import reaches, read_subject

__all__ = ["subject_set_off"]

_FIRST_WORD_CHARS = 20
_APPOSITION_WORDS = 7  # ("Bürgermeister von Ulm", "Leiterin des Gesundheitsamts im Kreis Ulm")


def subject_set_off(table: LatinTable, text: str, s: int, verb: int, comma: int) -> Who | None:
    """The subject of the verb of saying at ``verb`` that opens the sentence at ``s``, a phrase set off by commas
    between them; None when the sentence has no such shape: the verb not right after a comma, a preposition or a
    conjunction opening the sentence ("Nach dem Spiel, das …, sagte der Trainer": the verb is second, its subject
    after it), or a conjunction after the verb's ``comma`` (", dass …": its own reader keeps "dass" and reads the
    subject)."""
    if not table.subject_first or not table.capitalised_nouns or text[verb - 2 : verb] != ", ":
        return None
    after = text[comma + 1 : comma + 1 + _FIRST_WORD_CHARS].split()
    if after and after[0].lower() in table.that:
        return None
    first = text[s : s + _FIRST_WORD_CHARS].split(" ", 1)[0].lower()
    if first in table.prepositions or first in table.subordinators or first in table.openers:
        return None
    comma = text.find(",", s, verb - 2)
    if comma < 0:
        return None
    end = _before_party(text, s, comma)
    who = read_subject(table, text, s, end)
    if who is None or not reaches(text, who, end):
        return None
    before = text[s : who.start].strip().lower()  # (a body read without its article: "Der Landrat" -> "Landrat")
    if before and before not in table.determiners:
        return None
    if who.kind == "person" and not who.role:
        who.role = _apposition(table, text[comma + 1 : verb - 2])
    return who


def _apposition(table: LatinTable, phrase: str) -> str | None:
    """The phrase set off after a name when it says who the person is ("Bürgermeister von Ulm", "die Expertin für
    Energie"): it opens with a capitalised noun, an article before it at most, and ends in a capitalised word, as
    an apposition does; a relative clause ends in its verb ("die seit 2010 den Verein leitet")."""
    words = phrase.split()
    if not words or len(words) > _APPOSITION_WORDS:
        return None
    noun = words[1] if words[0].lower() in table.determiners and len(words) > 1 else words[0]
    if not noun[:1].isupper() or not words[-1][:1].isupper() or noun.lower() in table.relatives:
        return None
    return " ".join(words)


def _before_party(text: str, s: int, end: int) -> int:
    """Where a name ends before the party in brackets after it ("Max Weber (SPD)"): at the bracket; ``end`` when
    none."""
    if text[end - 1 : end] != ")":
        return end
    bracket = text.rfind(" (", s, end)
    return bracket if bracket > s else end
