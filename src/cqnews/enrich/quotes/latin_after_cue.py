"""The subject after a verb of saying, where the Romance languages and a quote's tag put it.

After a quote the verb comes first and its subject after it: "« … », a déclaré le maire", "„…“, sagte Anna Berg",
"“…”, ha explicado el ministro". :func:`subject_after_cue` reads that subject (a pronoun, a description or a name,
:mod:`.latin_phrases`), stepping over what may stand between the verb and it:

- a day and a place ("sagte am Montag in Berlin Minister …", :mod:`.latin_setting`);
- who was told ("dijo a EFE el ministro …", :mod:`.latin_listener`); a listener that is also an article is a
  dative, never the subject ("sagte dem Sender ein Sprecher"), unless a body or a person named alone ends the
  clause ("disse a RTP.");
- an adverb ("„…“, sagte auch Klaus Wolf").

Where the language may leave the subject out (Spanish, Italian, Portuguese: ``LatinTable.null_subject``), a verb
with nothing after it but who was told, a comma or the sentence's end ("“…”, ha explicado.", "“…”, pidió a la
población.") has an empty pronoun for its subject, resolved like "er" or "she" to the person named or quoted last.
A name's apposition is its role ("« … », explique Marie Martin, adjointe aux finances.").
:func:`is_someone` says whether a phrase names someone who can speak (a person, or a description with an office
word).
"""

from __future__ import annotations

import re

from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who
from .latin_apposition import apposition
from .latin_listener import past_listener
from .latin_phrases import after_phrase, read_subject
from .latin_setting import is_place_named, past_setting
from .latin_subject import impersonal_source, subject_past_adverbs
from .latin_titles import is_title
from .latin_words import singular_noun_after

__all__ = ["is_someone", "subject_after_cue"]


def subject_after_cue(table: LatinTable, text: str, pos: int, hi: int) -> Who | None:
    """The subject after a reporting verb; where the language may leave it out ("“…”, ha explicado, sin …"),
    a verb with nothing but a comma or the sentence's end after it has an empty pronoun for its subject,
    resolved like "er" or "she" to the person named or quoted last. A name's apposition is its role
    ("« … », explique Marie Martin, adjointe aux finances."). A day and a place between the verb and its subject are
    stepped over ("sagte am Montag in Berlin Minister …", :mod:`.latin_setting`)."""
    pos = past_setting(table, text, pos, hi) or pos
    told_first = _told_first(table, text, pos, hi)
    who = None if told_first else read_subject(table, text, pos, hi) or impersonal_source(table, text, pos, hi)
    after = past_listener(table, text, pos, hi) if who is None and table.listeners else None
    if after is not None:  # "dijo a EFE el ministro …"
        told = read_subject(table, text, after, hi)
        # (someone, or an indefinite description: "dijo a EFE un vecino", the subject, not something said)
        who = told if told is not None and (is_someone(table, told) or told.fresh) else None
    if who is None and not told_first:  # "„…“, sagte auch Klaus Wolf"
        who = subject_past_adverbs(table, text, pos, hi)
    if who is None and table.null_subject and (_NO_SUBJECT_RE.match(text, pos, hi) or _told_only(table, text, pos, hi)):
        return Who("", "pronoun", start=pos)
    if who is not None and who.kind == "person" and who.role is None:
        apposed = apposition(table, text, after_phrase(text, pos, hi, who), hi, described=True)
        who.role = apposed[0] if apposed is not None else None
    return who


def _told_first(table: LatinTable, text: str, pos: int, hi: int) -> bool:
    """Does a listener that is also an article open the words after the verb ("sagte dem Sender ein
    Sprecher"): a phrase in the dative, never the subject?"""
    words = text[pos:hi].split(None, 1)
    if not words or words[0] not in table.listeners or words[0] not in table.determiners:
        return False
    return words[0] not in table.subject_listeners or not _named_alone(table, text, pos, hi)


def _named_alone(table: LatinTable, text: str, pos: int, hi: int) -> bool:
    """Does a body or a person named alone end the clause at ``pos`` ("a RTP.")? A place is neither ("a Lisboa.":
    where it was said; place names of :mod:`cqnews.lexicon.places_latin`)."""
    who = read_subject(table, text, pos, hi)
    if who is None or who.kind not in ("org", "person", "desc") or is_place_named(table, who):
        return False
    if who.kind == "desc" and not singular_noun_after(table, text, pos, hi):  # "disse a vizinha." (no "a jornalistas")
        return False
    end = _phrase_end(text, pos, hi, who)
    return _NO_SUBJECT_RE.match(text, end) is not None or _told_after(table, text, end, hi)


def _told_after(table: LatinTable, text: str, end: int, hi: int) -> bool:
    """Does a listener word that is no article of the subject open the words after ``end`` ("disse a ministra à
    RTP.", "disse a ministra da Saúde aos jornalistas")? Then the phrase before it is the subject, the one told after
    it."""
    words = text[end:hi].split(None, 1)
    return bool(words) and words[0] in table.listeners and words[0] not in table.subject_listeners


def _phrase_end(text: str, pos: int, hi: int, who: Who) -> int:
    end = after_phrase(text, pos, hi, who)
    return end - 1 if text[end - 1 : end] == " " else end


_NO_SUBJECT_RE = re.compile(r"\s*(?:[,.;]|$)")


def _told_only(table: LatinTable, text: str, pos: int, hi: int) -> bool:
    """ "“…”, pidió a la población." / "“…”, ha detto ai giornalisti.": after the verb only who was told (a
    listener word and a few lower-case words), then a comma or the sentence's end: the subject is left out."""
    told = _TOLD_RE.match(text, pos, hi)
    return told is not None and told.group(1).split(" ", 1)[0] in table.listeners


_TOLD_WORDS = 4  # "a la población", "ai giornalisti presenti": the words read after the verb, at most
# (the words after the verb, joined by spaces or apostrophes, at most _TOLD_WORDS of them: a bounded read)
_TOLD_RE = re.compile(
    rf" ?([^\W\d_]+(?:['’][^\W\d_]+)*(?: [^\W\d_]+(?:['’][^\W\d_]+)*){{0,{_TOLD_WORDS - 1}}}?)\s*(?:[,.;]|$)"
)


def is_someone(table: LatinTable, who: Who) -> bool:
    """Is ``who`` a person, or a description holding an office word ("le ministre"; not "la ville" of "Pour la
    ville")? What a loose or framing source word must lead to name a source (:mod:`.latin_reported` reads it too)."""
    return who.kind == "person" or any(is_title(table, word) for word in who.mention.split(" "))
