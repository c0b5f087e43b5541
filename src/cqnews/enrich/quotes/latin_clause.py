"""The speaker of a quote with no reporting word of its own, in the languages read from a table: the person
the clause before it is about.

English reads the speaker of a bare quote from the sentence before it (the subject of "Clinton touted her
record. “We need …”", :mod:`.resolve`); the languages of :mod:`.latin` read none, so a quote with no reporting
verb next to it had no speaker (or the first name of its clause, whoever that was). Here, with the language's
table:

- a quote after a colon: the subject of the clause the colon ends, whatever its verb ("Konstantin Veit sieht
  die Lage ähnlich: „…“", "Sur BFMTV, le ministre Jean Dupont a rendu hommage aux secours : « … »");
- a quote opening its sentence: the subject of the sentence before it in the block, a name or a description
  holding an office, not a pronoun ("Marie Martin est arrivée tôt. « … »");
- a quote opening its paragraph after a paragraph ending in a colon: the subject of that paragraph's last
  clause, as English reads it (:func:`.coref.backfill_runs`). (After a paragraph ending in a full stop, its
  last sentence's subject instead of nobody lowered the French tune figure: not read.)

The subject is read where it stands when the clause opens with it (after a phrase set off by a comma that a
preposition or an opening word of the table leads: "En la visita, el presidente …"), followed by a verb; a
person (where every noun is capitalised, a name of two words or more), a pronoun, or a description holding an
office. Not
across a relative pronoun ("… a rencontré des habitants qui disent : « … »": the habitants speak) nor past
another name. (A fragment inside such a clause, "Pedro Sánchez pidió «mucha precaución»", was read the same
way too, but it lowered the French and Spanish check figures: scare quotes in a named person's sentence.)
"""

from __future__ import annotations

import re

from ...lexicon.punctuation import SENTENCE_ENDS
from ...lexicon.quotes_latin import TWO_NAME_WORDS_RE, LatinTable
from ..speakers.phrases import Who
from .latin_phrases import after_phrase, read_subject
from .latin_titles import is_title
from .spans import Span
from .text import BlockView, blank, char_before, space_before

_FRAME_CHARS = 60  # how long an opening phrase set off by a comma may be ("En la visita, ", "Sur BFMTV, ")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_AFTER_COMMA_RE = re.compile(r", (\w+)")  # (German: ", die …" opens a relative clause)


def bare_speaker(table: LatinTable, b: BlockView, sp: Span, s: int) -> Who | None:
    """The speaker of a quote with no reporting word, after a colon (the subject of the clause before it) or
    opening its sentence (the subject of the sentence before it, in the block; not a pronoun); None when the
    quote stands otherwise or no such subject is read."""
    text = b.text
    mark = char_before(text, s, sp.open)
    if mark == ":":
        return opening_subject(table, text, s, text.rfind(":", s, sp.open))
    if not mark and s == 0 and blank(text, 0, sp.open):
        return _colon_paragraph(table, b.before)
    if mark or s == 0:
        return None
    stop = space_before(text, 0, s)  # the full stop ending the sentence before, past the spaces between
    if not stop or text[stop - 1] not in SENTENCE_ENDS:
        return None
    start, _ = b.sentences.around(stop - 1)
    return _named(opening_subject(table, text, start, stop - 1)) if start < stop - 1 else None


def _named(who: Who | None) -> Who | None:
    """``who`` unless a pronoun: in a sentence or paragraph before the quote's, a pronoun may be anyone's."""
    return who if who is not None and who.kind != "pronoun" else None


def _colon_paragraph(table: LatinTable, before: str) -> Who | None:
    """A quote opening its paragraph after a paragraph ending in a colon ("Le ministre Jean Dupont a ensuite
    rendu hommage aux secours :"): the subject of that paragraph's last clause, a name or an office; None when
    ``before`` (the paragraph before) ends otherwise or opens its last clause with no such subject."""
    end = len(before.rstrip())
    if not end or before[end - 1] != ":":
        return None
    stop = max(before.rfind(". ", 0, end), before.rfind("? ", 0, end), before.rfind("! ", 0, end))
    return _named(opening_subject(table, before, stop + 2 if stop >= 0 else 0, end - 1))


def opening_subject(table: LatinTable, text: str, s: int, end: int) -> Who | None:
    """The subject that opens the clause ``text[s:end]`` and is followed by a verb (see above); None when the
    clause opens with no such subject or another person or clause comes between it and ``end``."""
    pos = _past_frame(table, text, s, end)
    who = read_subject(table, text, pos, end)
    if who is not None and who.kind == "desc":
        who = _office_phrase(table, who)  # "Il sindaco ha visitato …": the description ends on its office
    if who is None or not _speaks(table, who):
        return None
    after = after_phrase(text, pos, end, who)
    if text[after - 1 : after] == ",":
        after += 1  # "el presidente del Gobierno, Pedro Sánchez, manifestó"
    verb = _WORD_RE.match(text, after, end)
    if verb is None or not verb.group()[:1].islower() or verb.group().lower() in table.that:
        return None
    return who if _one_clause(table, text, verb.end(), end) else None


def _past_frame(table: LatinTable, text: str, s: int, end: int) -> int:
    """Where the clause's own words start: after an opening phrase set off by a comma when a preposition or
    an opening word of the table leads it ("Sur BFMTV, le député …", "En la visita, la alcaldesa …"); ``s``
    otherwise. (Past any opening phrase set off by a comma instead: the Spanish check figure fell.)"""
    first = _WORD_RE.match(text, s, end)
    if first is None:
        return s
    low = first.group().lower()
    if low not in table.prepositions and low not in table.openers:
        return s
    comma = text.find(", ", first.end(), min(end, s + _FRAME_CHARS))
    return comma + 2 if comma >= 0 else s


def _office_phrase(table: LatinTable, who: Who) -> Who | None:
    """A description read up to its first office word ("Il sindaco" of "Il sindaco ha visitato il cantiere");
    None when it holds none."""
    words = who.mention.split()
    k = next((k for k, w in enumerate(words) if is_title(table, w)), None)
    if k is None:
        return None
    mention = " ".join(words[: k + 1])
    return Who(mention, "desc", role=mention, start=who.start, fresh=who.fresh)


def _speaks(table: LatinTable, who: Who) -> bool:
    """Is ``who`` someone who may speak: a pronoun, a description holding an office ("le maire"), or a name
    (where every noun is capitalised, of two words at least: "Thüringens AfD-Chef" is no name)?"""
    if who.kind == "pronoun":
        return bool(who.mention)
    if who.kind == "person":
        words = who.mention.split()
        return not table.capitalised_nouns or len(words) >= 2 and not any(is_title(table, w) for w in words)
    return who.kind == "desc" and any(is_title(table, w) for w in who.mention.split())


def _one_clause(table: LatinTable, text: str, lo: int, end: int) -> bool:
    """Does ``text[lo:end]`` (between the verb and the quote) stay in the subject's clause: no relative pronoun
    opening another (German: an article after a comma, ", die …"), no other name, no sentence end?"""
    between = text[lo:end]
    if TWO_NAME_WORDS_RE.search(between) or "." in between:
        return False
    if any(w in table.relatives for w in _WORD_RE.findall(between.lower())):
        return False
    return not table.subject_first or not any(
        m.group(1).lower() in table.determiners for m in _AFTER_COMMA_RE.finditer(between)
    )
