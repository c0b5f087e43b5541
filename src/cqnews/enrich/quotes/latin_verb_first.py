"""Reported speech whose verb opens the sentence, its subject after it and then the conjunction, in the Romance
languages: "Ha dichiarato il sindaco di Milano che …", "Aseguró el alcalde de Madrid que …". The subject is read
between the verb and "che"/"que", must fill that stretch and be a person or an office; the clause after the
conjunction is reported. Also the subject after a verb in second place (German), a medium's quoted name
included. Split from :mod:`.latin_reported`, which reads these shapes among its others."""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ...models import QuoteKind
from ..speakers.phrases import Who
from .latin_after_cue import is_someone
from .latin_medium import quoted_medium
from .latin_phrases import reaches, read_subject
from .latin_sources import clause_end
from .text import MIN_CLAUSE, BlockView, Found

_SUBJECT_CHARS = 80  # how far after the verb its conjunction may stand ("il sindaco di Milano Giuseppe Sala")


def cue_opens_sentence(table: LatinTable, b: BlockView, s: int, e: int) -> Found | None:
    """The report of a sentence that opens with its reporting verb, the verb's subject between it and the
    conjunction ("Ha spiegato l'assessore che …"); None for another shape."""
    text, cues = b.text, b.cues
    if table.subject_first or not table.that:
        return None
    k = next(iter(cues.between(s, s + 1)), None)
    if k is None or cues.starts[k] != s:
        return None
    lead = cues.ends[k] + 1
    that = _conjunction_after(table, text, lead, min(e, lead + _SUBJECT_CHARS))
    if that < 0:
        return None
    who = read_subject(table, text, lead, that)
    if who is None or not is_someone(table, who) or not reaches(text, who, that):
        return None  # (a person or an office: "Dijo la verdad que todos conocían" is an object and its relative)
    start = text.find(" ", that + 1, e) + 1
    end = clause_end(text, start, e)
    long_enough = start > 0 and end - start >= MIN_CLAUSE
    return Found(QuoteKind.INDIRECT, start, end, who, cues.words[k]) if long_enough else None


def _conjunction_after(table: LatinTable, text: str, lo: int, hi: int) -> int:
    """Where the first of the table's conjunctions stands as a word in ``text[lo:hi]`` (its first letter); -1."""
    return min((i + 1 for that in table.that if (i := text.find(f" {that} ", lo, hi)) >= 0), default=-1)


def subject_after_verb(table: LatinTable, text: str, lead: int, comma: int) -> Who | None:
    """The subject between a verb in second place and its comma, filling that stretch: a phrase, or a medium's
    name in quote marks after its article ("Am Montag berichtete die »SZ«, …")."""
    medium = quoted_medium(table, text, lead, comma)
    if medium is not None:
        return medium
    who = read_subject(table, text, lead, comma)
    if who is None:
        return None
    return who if reaches(text, who, comma) or _setting_ends(table, text, who, comma) else None


def _setting_ends(table: LatinTable, text: str, who: Who, comma: int) -> bool:
    """Does a short setting that a lower-case preposition of the table opens fill the words between the subject
    ``who`` and its comma ("Am Dienstag erklärte Kretschmann in Stuttgart, …", "Dazu sagte die Ministerin im
    Landtag, …", "… am Abend vor Journalisten, …")?"""
    last = who.mention.split(" ")[-1]
    at = text.rfind(last, who.start, comma)
    rest = text[at + len(last) : comma].split() if at >= 0 else []
    return 0 < len(rest) <= _SETTING_WORDS and rest[0] in table.prepositions


_SETTING_WORDS = 4  # "am Abend in Stuttgart", "vor Journalisten in Berlin"


def tail_words(table: LatinTable, tail: str) -> int:
    """How many words stand between a verb whose subject opened the sentence and its comma, the one told not
    counted where every noun is capitalised: an article and its capitalised words right after the verb are its
    dative object ("Berg sagte der Deutschen Presse-Agentur am Dienstag, …": two words, "am Dienstag")."""
    words = tail.split()
    if not table.capitalised_nouns or not words or words[0].lower() not in table.dative_articles:
        return len(words)
    k = 1
    while k < len(words) and k <= _OBJECT_NOUNS and words[k][:1].isupper():
        k += 1
    return len(words) - k


_OBJECT_NOUNS = 3  # capitalised words of the one told ("Deutschen Presse-Agentur", "Süddeutschen Zeitung")
