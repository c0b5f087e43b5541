"""Where a clause's speaker stands in the Latin-script languages read from a table (German, French …).

:mod:`.latin_phrases` reads a speaker phrase from where it starts, :mod:`.latin_phrase_before` the one that ends
right before a reporting verb ("Le président Emmanuel Macron a déclaré"); this module finds a clause's subject
wherever the language puts it (first in German, after a perfect's auxiliary; before the verb, after a relative
pronoun, or left out, in Romance languages), the source of an impersonal cue ("hieß es"), a source inserted
with "so" ("Die Lage, so sagte der Landrat, sei ernst"), and the name in a clause ending in a colon ("Ähnlich
sieht es Geoff Yu vom Verwalter BNY:").
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from ...lexicon.dates import LATIN_WEEKDAYS
from ...lexicon.quotes_latin import ADVERBS_AFTER_CUE, LatinTable
from ..speakers.phrases import Who
from .latin_bodies import noun_after_oblique_article
from .latin_coordinated import coordinated_at, coordinated_subject, second_clause_subject
from .latin_phrase_before import is_adverb as is_adverb
from .latin_phrase_before import subject_before as subject_before
from .latin_phrases import person, phrase_end, read_subject
from .latin_relative import description_before_comma, subject_across_relative
from .latin_titles import is_title
from .latin_uncased import uncased_before
from .latin_words import CLAUSE_WORDS, NAME_WORDS, TOKEN_RE, leading_run, phrase_words


def perfect_auxiliary(table: LatinTable, text: str, s: int, verb: int) -> int:
    """Where the auxiliary of a German perfect whose participle is the verb of saying at ``verb`` stands, second in
    its sentence ("Die Polizei hat am Montag mitgeteilt, …", "Anna Berg hat betont, …": the subject ends before
    "hat"; "Hat mitgeteilt, …" has none); ``verb`` when the table has no such auxiliary or none stands between
    ``verb`` and the last comma of ``text[s:verb]``."""
    if not table.perfect_auxiliaries:
        return verb
    lo = max(s, text.rfind(",", s, verb) + 1)  # (in the verb's own clause: "Nachdem sie gewählt hatte, sagte …")
    m = _auxiliary_re(table.perfect_auxiliaries).search(text, lo, verb)
    return m.start() if m is not None else verb  # ("Hat mitgeteilt, …" with no subject: none before the verb)


@cache
def _auxiliary_re(auxiliaries: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?i:{'|'.join(sorted(auxiliaries, key=len, reverse=True))})(?!\w)")


def clause_subject(table: LatinTable, text: str, s: int, verb: int) -> Who | None:
    """The subject of the clause [s, verb): its first phrase where the subject comes first when it is
    not after the verb (German), else the phrase right before the verb ("Lundi, le maire a déclaré")."""
    verb = perfect_auxiliary(table, text, s, verb)  # (a German perfect: the subject before its auxiliary)
    if verb <= s:  # (the verb opening its sentence: "Recordó que …", "Ha añadido que …", its subject left out)
        return _left_out(table, text, s, verb) if verb == s else None
    if table.uncased:  # "ראש המועצה יוסי מזרחי אמר:": the whole clause before the verb, read by where it stands
        return uncased_before(table, text, s, verb)
    if table.subject_first:
        if impersonal_at(table, text, verb):
            return impersonal_source(table, text, s, verb)  # (no subject of its own: "Aus Berlin hieß es")
        who = read_subject(table, text, s, verb)
        if who is not None:
            return who
    antecedent = _relative_antecedent(table, text, s, verb) or subject_across_relative(table, text, s, verb)
    if antecedent is not None:  # ("…, quien aseguró que …" / "El vecino, que prefirió …, contó que …")
        return antecedent
    at = coordinated_at(table, text, s, verb)  # "El alcalde ha defendido … y ha asegurado que …"
    if at is not None:
        return coordinated_subject(table, text, s, at)
    left_out = _left_out(table, text, s, verb)  # (first: a capitalised adverb is no name, "Inoltre ha detto")
    if left_out is not None:
        return left_out
    who = second_clause_subject(table, text, s, verb, subject_before(table, text, s, verb))  # "… y el ministro dijo"
    return who or _pronoun_in(table, text, s, verb)


def _relative_antecedent(table: LatinTable, text: str, s: int, verb: int) -> Who | None:
    """ "… al jefe de gabinete, Miguel Ángel Rodríguez, quien aseguró que …" / "…, le directeur Paul Roy, qui a
    déclaré que …": a relative pronoun of the subject right before the verb (an adverb between at most) stands for
    the phrase that ends before its comma; None when the verb has no such pronoun before it."""
    if not table.relative_subjects:
        return None
    lead = text[max(s, verb - _RELATIVE_LEAD) : verb]
    m = _RELATIVE_RE.search(lead)
    if m is None or m.group(1).lower() not in table.relative_subjects:
        return None
    if not all(is_adverb(table, w.lower()) for w in m.group(2).split()):
        return None
    comma = verb - len(lead) + m.start()
    if comma <= s:
        return None
    # ("«…», advirtió el edil, quien añadió que …": a description, read from its article)
    return subject_before(table, text, s, comma) or description_before_comma(table, text, s, comma)


_RELATIVE_LEAD = 60  # characters read before a verb for a relative pronoun and the adverbs after it
_RELATIVE_RE = re.compile(r", (\w+) ((?:\w+ ){0,2})$")


def impersonal_source(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """ "Aus dem Ministerium hieß es" / "hieß es von der Polizei": next to an impersonal cue (at ``hi``, or ending at
    ``lo``), a preposition of :attr:`LatinTable.impersonal_sources` and the body or person after it is the source."""
    if not impersonal_at(table, text, hi) and not any(text[lo - len(c) : lo] == c for c in _cased(table)):
        return None
    m = _FIRST_WORD_RE.match(text, lo, hi)
    if m is None or m.group(1).lower() not in table.impersonal_sources:
        return None
    who = read_subject(table, text, m.end(), hi)
    if who is not None and who.kind == "desc":
        return noun_after_oblique_article(table, who)  # "Aus dem Rathaus hieß es"
    # (a body, or a person named in full: one capitalised word may be a place or a plural, "aus Regierungskreisen")
    return who if who is not None and (who.kind == "org" or who.kind == "person" and " " in who.mention) else None


_FIRST_WORD_RE = re.compile(r"\s*(\w+) ")


def impersonal_at(table: LatinTable, text: str, at: int) -> bool:
    """Does an impersonal cue ("hieß es") start at ``at``?"""
    return bool(table.impersonal) and text.startswith(_cased(table), at)


@cache
def _cased(table: LatinTable) -> tuple[str, ...]:
    """The impersonal cues as written inside a sentence and opening one ("hieß es", "Hieß es"), made once per table."""
    return tuple(table.impersonal | {c[:1].upper() + c[1:] for c in table.impersonal})


def _left_out(table: LatinTable, text: str, s: int, verb: int) -> Who | None:
    """Where the language may leave the subject out, a verb opening its sentence, after an adverb or two at
    most ("Asimismo, señala que …", "Ayer explicó que …"), has an empty pronoun for its subject (resolved like
    "“…”, ha explicado" to the person named or quoted last); None when any other word comes before it."""
    if not table.null_subject:
        return None
    words = [m.group() for m in islice(TOKEN_RE.finditer(text, s, verb), 2 * ADVERBS_AFTER_CUE + 1)]
    words = [w for w in words if w[0].isalnum()] + ["…"] * (len(words) > 2 * ADVERBS_AFTER_CUE)
    if len(words) > ADVERBS_AFTER_CUE or not all(is_adverb(table, w.lower()) for w in words):
        return None
    return Who("", "pronoun", start=verb)


def subject_past_adverbs(table: LatinTable, text: str, pos: int, hi: int) -> Who | None:
    """The subject after a verb of saying and an adverb or two of the table ("„…“, sagte auch Klaus Wolf", "sagte
    zudem der Stadtrat", "…, betonte dagegen der Landrat."); None when no adverb comes first or no subject follows."""
    at = pos
    for _ in range(ADVERBS_AFTER_CUE):
        m = _ADVERB_RE.match(text, at, hi)
        if m is None or not m.group(1).islower() or not is_adverb(table, m.group(1)):
            break
        at = m.end()
    return read_subject(table, text, at, hi) if at > pos else None


_ADVERB_RE = re.compile(r"\s*([^\W\d_]+) (?=\S)")


def inserted_source(table: LatinTable, text: str, s: int, end: int) -> tuple[Who, str] | None:
    """ "Die Lage, so sagte der Landrat, sei ernst." / "Die Brücke werde, so Hans Müller, im Mai fertig.": a word
    of :attr:`LatinTable.after_quote` set off by commas inside a sentence of reported speech, a finite verb after
    it at most, then its subject and a comma (or "weiter" and the sentence's end): the subject is its speaker."""
    for word in table.after_quote:
        at = text.find(f", {word} ", s, end)
        if at < 0:
            continue
        pos = at + len(word) + 3
        verb = _ADVERB_RE.match(text, pos, end)
        if verb is not None and verb.group(1).islower() and verb.group(1).endswith(table.verb_endings):
            pos = verb.end()  # ("so sagte der Landrat", "so argwöhnte die Ärztin")
        who = read_subject(table, text, pos, end)
        if who is not None and _INSERTION_END_RE.match(text, phrase_end(text, who, end)):
            return who, text[at + 2 : pos].strip()
    return None


_INSERTION_END_RE = re.compile(r",| weiter\s*[.!?]?$")


def _pronoun_in(table: LatinTable, text: str, s: int, verb: int) -> Who | None:
    """A subject pronoun after the clause's finite verb ("In einem Interview hatte er … betont:")."""
    for m in TOKEN_RE.finditer(text, s, verb):
        low = m.group().lower()
        if low in table.pronouns and m.group().islower():
            return Who(m.group(), "pronoun", start=m.start(), gender=table.pronouns[low])
    return None


def colon_name(table: LatinTable, text: str, s: int, end: int) -> Who | None:
    """The first name of two words or more in a clause ending in a colon, not after a determiner or a
    preposition ("Ähnlich sieht es Geoff Yu vom Verwalter BNY:"; not "Im Gespräch mit der Berliner Zeitung:")."""
    words = phrase_words(table, text, s, end, CLAUSE_WORDS)
    for k, (word, _) in enumerate(words):
        low = word.lower()
        if not word[:1].isupper() or low in table.openers or low in table.determiners or low in table.prepositions:
            continue  # (a preposition opening the sentence: "Sur BFMTV, le député …")
        before = words[k - 1][0].lower() if k else ""
        if before in table.determiners or before in table.prepositions or before in table.particles:
            continue  # (a place's name: "le député des Bouches-du-Rhône Manuel Bompard")
        run = leading_run(table, words[k:])
        if len(run) >= 2:
            who = person(table, run[:NAME_WORDS], run[0][1])
            return who if who is not None and who.kind == "person" else None
    return _label(table, words, text)


def _label(table: LatinTable, words: list[tuple[str, int]], text: str) -> Who | None:
    """ "Monti: "…"" / "Macron : « … »": where only names are capitalised, one capitalised word alone before
    the colon (no office, no opening word) labels the speaker: that word as a person; None otherwise (German
    "Fazit: „…“" is a noun; a day or an adverb set off by a comma opens a longer clause and names no one:
    "Lundi, le député a rendu hommage :", "Hier, il a dit :")."""
    if table.capitalised_nouns or len(words) != 1:
        return None
    word, at = words[0]
    low = word.lower()
    if text[at + len(word) : at + len(word) + 1] == "," and (low in LATIN_WEEKDAYS or is_adverb(table, low)):
        return None
    if not word[:1].isupper() or word.isupper() or low in table.openers or low in table.determiners:
        return None
    return None if is_title(table, word) or low in table.prepositions else Who(word, "person", start=at)
