"""The subject that opens a sentence before its verb of saying ("Berg sagte, …", "Der Bürgermeister von Neustadt,
Klaus Meyer, sagte, …", "Aus dem Ministerium hieß es, …"), read for :mod:`.latin_reported`; the shapes whose first
phrase is no subject (who was told, a preposition where nouns are capitalised) give none."""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who
from .latin_coordinated import coordinated_at, coordinated_subject
from .latin_phrases import reaches, read_subject
from .latin_subject import impersonal_at, impersonal_source, perfect_auxiliary, subject_before

__all__ = ["subject_opening"]


def subject_opening(table: LatinTable, text: str, s: int, verb: int) -> Who | None:
    """The subject that opens the sentence [s, verb) before its cue ("Berg sagte, …"), or the source of an
    impersonal cue ("Aus dem Ministerium hieß es, …"); None when the phrase before the cue does not open it."""
    verb = perfect_auxiliary(table, text, s, verb)  # ("Die Polizei hat am Montag mitgeteilt, …")
    if verb <= s or _told_opens(table, text, s) or _preposition_opens(table, text, s, verb):
        return None
    if impersonal_at(table, text, verb):
        return impersonal_source(table, text, s, verb)  # (no subject of its own: "Aus Berlin hieß es")
    at = coordinated_at(table, text, s, verb)  # "Der Bürgermeister lobte … und betonte, …"
    if at is not None:
        return coordinated_subject(table, text, s, at)
    who = subject_before(table, text, s, verb)
    if who is not None and who.kind == "person" and _article_of(table, who):
        return _body_after_article(table, text, s, verb, who)
    if who is None or who.start == s or not text[s : who.start].strip():
        return who
    if _article_phrase_speaks(table, text, s, verb, who):
        whole = read_subject(table, text, s, verb - 1)  # "Der Wetterdienst warnte, …": no name after an article,
        if whole is not None and whole.kind != "person" and reaches(text, whole, verb - 1):  # the article's phrase
            return whole
    if table.capitalised_nouns and who.kind == "desc":  # "Das Innenministerium des Landes sagte, …": a body and
        whole = read_subject(table, text, s, verb - 1)  # its genitive, read from the start (not "des Landes")
        if whole is not None and whole.kind == "org" and whole.start > s and reaches(text, whole, verb - 1):
            return whole
    # "Der Bürgermeister von Neustadt, Klaus Meyer, sagte, …": the name's apposed office opens the sentence
    return _office_opening(table, " ".join(text[s : who.start].split()).rstrip(","), who)


def _office_opening(table: LatinTable, before: str, who: Who) -> Who | None:
    """``who`` when the words ``before`` its phrase are its office ("Der Bürgermeister von Neustadt, Klaus Meyer,
    sagte"), or only an article before the office its phrase opens with, an office that also names a council ("Der
    Stadtrat Thomas Keller (CSU) sagte, …": the councillor speaks, the role is "Der Stadtrat")."""
    if who.role is None:
        return None
    if before == who.role:
        return who
    if before.lower() not in table.determiners or who.kind != "person" or not who.role[:1].isupper():
        return None
    who.role = f"{before} {who.role}"
    return who


def _article_of(table: LatinTable, who: Who) -> bool:
    """Does an article open a person's name or stand as its role ("Die Firma Bosch", role "Das" of "Robert
    Koch-Institut"), where nouns are capitalised? A person's name takes no article: such a phrase is a body."""
    first = who.mention.split(" ", 1)[0].lower()
    return table.capitalised_nouns and (first in table.determiners or (who.role or "").lower() in table.determiners)


def _body_after_article(table: LatinTable, text: str, s: int, verb: int, who: Who) -> Who:
    """The body a phrase opened by an article names ("Die Firma Bosch warnte, …" -> "Firma Bosch", "Das Robert
    Koch-Institut warnte, …" -> "Robert Koch-Institut"): the phrase read from the article when it is a body and
    reaches the verb, else the words read without their article, a body."""
    whole = read_subject(table, text, s, verb - 1)
    if whole is not None and whole.kind == "org" and reaches(text, whole, verb - 1):
        return whole
    first, _, rest = who.mention.partition(" ")
    name = rest if first.lower() in table.determiners and rest else who.mention
    return Who(name, "org", None, who.start, None, who.fresh)


def _article_phrase_speaks(table: LatinTable, text: str, s: int, verb: int, who: Who) -> bool:
    """Does only an article stand before the phrase read before the verb at ``verb``, where nouns are capitalised,
    and no subject after the verb ("Der Zeitung sagte Meyer, …": the phrase is the one told)?"""
    if not table.capitalised_nouns or text[s : who.start].strip().lower() not in table.determiners:
        return False
    cue, _, rest = text[verb : verb + _FIRST_WORD_CHARS * 2].partition(" ")
    return cue.endswith(",") or not rest[:1].isupper()


def _told_opens(table: LatinTable, text: str, s: int) -> bool:
    """Does an article that only marks who was told open the sentence ("Dem Sender sagte Weber, …": a dative, never
    the subject)?"""
    first = text[s : s + _FIRST_WORD_CHARS].split(" ", 1)[0]
    return first.lower() in table.listeners and first.lower() in table.determiners and first.lower() not in (
        table.subject_listeners
    )


def _preposition_opens(table: LatinTable, text: str, s: int, verb: int) -> bool:
    """Where nouns are capitalised, does a preposition open the sentence ("Auf Nachfrage erklärte das Ministerium,
    …": the phrase it opens comes before the verb in second place, never its subject, though capitalised)? Not
    before an impersonal verb, whose source it opens ("Aus dem Ministerium hieß es, …")."""
    first = text[s : s + _FIRST_WORD_CHARS].split(" ", 1)[0]
    opens = table.capitalised_nouns and first.lower() in table.prepositions
    return opens and not impersonal_at(table, text, verb)


_FIRST_WORD_CHARS = 20
