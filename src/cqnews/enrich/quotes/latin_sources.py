"""Reported speech led by a source word of a language's table (see :mod:`.latin_reported`, which reads the other
shapes): "Laut Berg ist die Lage ernst." / "Selon Anna Berg, la situation est grave." / "Para el juez, …" (a
framing source word) / "según explicó el alcalde" (a source word and its reporting verb) / a sentence with "laut
X" inside it (the whole sentence) / "Wie Berg sagte, …" and "…, wie Berg mitteilte." (a clause of "wie").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ...lexicon.given_names_latin import GIVEN_NAME_GENDERS
from ...lexicon.quotes_latin import LatinTable
from ...models import QuoteKind
from ..speakers.phrases import Who
from .latin import framing_source_re, source_re, words_re
from .latin_after_cue import is_someone
from .latin_apposition import apposition
from .latin_documents import document_source, unnamed_sources
from .latin_listener import past_listener
from .latin_passive import contracted_agent, past_passive_verb
from .latin_phrases import after_phrase, elided_description, read_subject
from .text import MIN_CLAUSE, BlockView, Found


def clause_end(text: str, s: int, e: int) -> int:
    """Where the clause ``text[s:e]`` ends, the spaces and the sentence's closing marks left out."""
    end = e
    while end > s and (text[end - 1].isspace() or text[end - 1] in ".!?;"):
        end -= 1
    return end




def source_inside(table: LatinTable, b: BlockView, s: int, e: int) -> Found | None:
    """ "Nach Wochen … zeichnet sich laut dem Kreditvermittler X … ab.": the whole sentence, the source
    phrase in it (as the gold of reported speech writes it)."""
    source = source_re(table)
    text = b.text
    m = source.search(text, s + 1, e) if source is not None else None
    if m is None or text[m.start() - 1] != " " or m.group().lower() == "wie":
        return None
    lead, cue = _source_start_and_cue(table, text, m, e)
    who = read_subject(table, text, lead, e)
    if who is None or who.kind == "pronoun":
        return None
    return Found(QuoteKind.INDIRECT, s, clause_end(text, s, e), who, cue)


def _source_start_and_cue(table: LatinTable, text: str, m: re.Match[str], e: int) -> tuple[int, str]:
    """Where the source after the source word ``m`` starts, and the cue (see :func:`after_source_verb`)."""
    lead, cue = after_source_verb(table, text, m.end(), m.group().lower(), e)
    return (lead, cue) if lead > m.end() else (m.end() + 1, cue)


def after_source_verb(table: LatinTable, text: str, end: int, word: str, e: int) -> tuple[int, str]:
    """Past a reporting verb right after a source word ending at ``end`` ("según explicó el alcalde", "según ha
    informado la Guardia Civil"), whose subject the source is: where that subject starts, and the source word and
    verb as the cue; ``end`` and ``word`` when no verb follows (or ``word`` is no source word)."""
    verb = words_re(table.cues, ignore_case=True)
    if verb is None or word.lower() not in table.sources_before or text[end : end + 1] != " ":
        return end, word
    # (the longest filler: "lo que dijo", "lo informado por")
    filler = max((f for f in table.source_fillers if text.startswith(f"{f} ", end + 1)), key=len, default="")
    at = verb.match(text, end + 1 + (len(filler) + 1 if filler else 0), e)
    passive = past_passive_verb(table, text, end + 1 + len(filler) + 1, e) if at is None and filler else None
    if passive is not None:  # "secondo quanto riferito dai carabinieri"
        return passive[0], f"{word} {filler} {passive[1].lower()}"
    if at is None:
        return end, word
    told = past_listener(table, text, at.end() + 1, e)  # ("según ha explicado a EFE el director")
    cue = " ".join(w for w in (word, filler, at.group().lower()) if w)
    return (told if told is not None else at.end() + 1), cue


def as_said(table: LatinTable, text: str, s: int, e: int) -> Found | None:
    """ "Wie Anna Berg sagte, müsse …" / "Die Lage sei ernst, wie Berg am Montag mitteilte.": a clause of "wie",
    its subject and a verb ending it, set off by a comma, reports the rest of the sentence (without it)."""
    if "wie" not in table.sources_before:
        return None
    opening = text.startswith("Wie ", s)
    at = s if opening else text.find(", wie ", s, e) + 2
    if not opening and at < s + MIN_CLAUSE:
        return None
    close = _AS_SAID_END_RE.search(text, at + 4, e)
    stop = close.start() if close is not None else e
    if len(text[at:stop].split(None, _AS_SAID_WORDS)) > _AS_SAID_WORDS:
        return None  # (the cheap test first: the last-word search below is tried from every position)
    verb = _LAST_WORD_RE.search(text, at + 4, stop)
    if verb is not None and verb.group(1) in table.perfect_auxiliaries:  # "Wie Berg betont hat, …": its participle
        verb = _LAST_WORD_RE.search(text, at + 4, verb.start(1))
    if verb is None or not verb.group(1).endswith(tuple(table.cues)):
        return None
    who = read_subject(table, text, at + 4, verb.start(1))
    if who is None or who.kind == "pronoun":
        return None
    if opening:
        begin = stop + 2 if text.startswith(", ", stop) else e
        end = clause_end(text, begin, e)
        return Found(QuoteKind.INDIRECT, begin, end, who, "wie") if end - begin >= MIN_CLAUSE else None
    return Found(QuoteKind.INDIRECT, s, at - 2, who, "wie") if clause_end(text, stop, e) == stop else None


def as_said_verb_first(table: LatinTable, text: str, s: int, e: int) -> Found | None:
    """ "Come ha spiegato il questore, le indagini …" / "Como ha explicado el alcalde, …" / "Comme l'a expliqué le
    maire, …": a word of :attr:`~LatinTable.as_said` opening the sentence, a verb of saying (after an object pronoun
    standing for what is said, "l'", "lo") and its subject set off by a comma report the rest of the sentence."""
    lead = _as_said_lead_re(table).match(text, s, e)
    verb = words_re(table.cues, ignore_case=True) if lead is not None else None
    at = verb.match(text, lead.end(), e) if verb is not None and lead is not None else None
    if at is None and lead is not None:  # "Come riferito dai carabinieri, …": a participle and its agent
        return _as_said_passive(table, text, lead.end(), e)
    if at is None or text[at.end() : at.end() + 1] != " ":
        return None
    told = past_listener(table, text, at.end() + 1, e)  # ("Como explicó a EFE el alcalde, …")
    subject = told if told is not None else at.end() + 1
    who = read_subject(table, text, subject, e) or elided_description(table, text, subject, e)
    if who is None or who.kind == "pronoun":
        return None
    start = after_phrase(text, subject, e, who)
    if text[start - 2 : start] != ", " and text[start : start + 1] != ",":
        return None
    start += 1 if text[start : start + 1] == "," else 0
    while start < e and text[start] == " ":
        start += 1
    end = clause_end(text, start, e)
    return Found(QuoteKind.INDIRECT, start, end, who, at.group().lower()) if end - start >= MIN_CLAUSE else None


def _as_said_passive(table: LatinTable, text: str, at: int, e: int) -> Found | None:
    """ "Come riferito dai carabinieri, l'uomo …" / "Conforme informado pela polícia, …": a participle of saying after
    the word of :attr:`~LatinTable.as_said`, its agent set off by a comma; the rest of the sentence is reported."""
    passive = past_passive_verb(table, text, at, e)
    if passive is None:
        return None
    subject = passive[0]
    who = read_subject(table, text, subject, e) or contracted_agent(table, text, subject, e)
    if who is None or who.kind == "pronoun":
        return None
    start = after_phrase(text, subject, e, who)
    if text[start : start + 1] != ",":
        return None
    start += 2
    end = clause_end(text, start, e)
    return Found(QuoteKind.INDIRECT, start, end, who, passive[1].lower()) if end - start >= MIN_CLAUSE else None


def as_said_passive_in(table: LatinTable, text: str) -> bool:
    """Does a word of :attr:`~LatinTable.as_said` and a participle of saying with its agent stand in ``text`` ("come
    riferito dai carabinieri"): a report with no reporting word of the table?"""
    return any(past_passive_verb(table, text, m.end(), len(text)) for m in _as_said_lead_re(table).finditer(text))


@cache
def _as_said_lead_re(table: LatinTable) -> re.Pattern[str]:
    """A word of ``table.as_said`` opening a sentence, with the object pronoun after it ("Comme l'", "Como lo ")."""
    if not table.as_said:
        return re.compile(r"(?!)")
    words = "|".join(map(re.escape, sorted(table.as_said, key=len, reverse=True)))
    return re.compile(rf"(?i:{words}) (?:l['’]|lo )?")


_AS_SAID_WORDS = 9  # words of a "wie" clause, "wie" and its verb included ("Wie X am Montag in Y sagte")
_AS_SAID_END_RE = re.compile(r"[,.;:]")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)\s*$")


def _source_pronoun(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """A stressed pronoun of the table opening ``text[lo:hi]`` before a comma ("lui, …" of "Selon lui, …")."""
    m = _WORD_COMMA_RE.match(text, lo, hi)
    if m is None or m.group(1).lower() not in table.source_pronouns:
        return None
    return Who(m.group(1), "pronoun", start=lo, gender=table.source_pronouns[m.group(1).lower()])


_WORD_COMMA_RE = re.compile(r"(\w+),")


def _body_name_to_comma(table: LatinTable, text: str, who: Who, start: int, e: int) -> int:
    """ "Potrivit Inspectoratului pentru Situații de Urgență, …": where nouns are not all capitalised, a body's name
    read up to a preposition goes on to the comma (see :func:`_body_tail`); the name is the whole run, and where
    the words after the comma start is returned (``start`` for another phrase: "Laut Berg ist die Lage ernst"
    keeps its source inside the clause)."""
    comma = text.find(",", start, e)
    if table.capitalised_nouns or who.kind != "person" or who.role is not None or comma < 0:
        return start
    if who.mention.split(" ")[0].lower() in GIVEN_NAME_GENDERS.get(table.language, {}):
        return start  # a person and where they come from ("Según Juan Pérez de la Sierra en Sevilla")
    if not _body_tail(table, text[start:comma].split()):
        return start
    who.mention = " ".join(text[who.start : comma].split())
    return comma + 2 if text[comma + 1 : comma + 2] == " " else comma + 1


def _body_tail(table: LatinTable, words: list[str]) -> bool:
    """Do ``words`` go on with a body's name: a preposition of the table, then capitalised words and prepositions
    or particles, the last capitalised, three words at least and six at most ("pentru Situații de Urgență",
    "para la Vivienda"; not one place, "din Cluj", a person and where they come from)?"""
    if not _BODY_TAIL_MIN <= len(words) <= _BODY_TAIL_MAX or words[0].lower() not in table.prepositions:
        return False
    joining = table.prepositions | table.particles
    return words[-1][:1].isupper() and all(w[:1].isupper() or w.lower() in joining for w in words)


_BODY_TAIL_MIN = 3
_BODY_TAIL_MAX = 6


def source_first(
    table: LatinTable, text: str, s: int, e: int, mostly_quoted: Callable[[int, int], bool]
) -> Found | None:
    """ "Laut Berg ist die Lage ernst." / "Selon Anna Berg, la situation est grave." / "Para el juez, las
    pruebas bastan." (a framing source word of the table, "para", "pour", "per", only before a person or an office
    set off by a comma: "Para ello, …" and "Pour la ville, …" report nothing)."""
    source = source_re(table)
    m = source.match(text, s, e) if source is not None else None
    framing = m is None
    m = framing_source_re(table).match(text, s, e) if framing else m
    if m is None:
        return None
    lead, cue = _source_start_and_cue(table, text, m, e) if not framing else (m.end() + 1, m.group().lower())
    who = (None if framing else document_source(table, text, lead, e)) or read_subject(table, text, lead, e)
    who = who or elided_description(table, text, lead, e)  # ("Selon l'avocat de la famille, …")
    who = who or (None if framing else contracted_agent(table, text, lead, e))  # ("… riferito dai carabinieri")
    who = who or (None if framing else unnamed_sources(table, text, lead, e))  # ("Según fuentes policiales, …")
    who = who or (None if framing else _source_pronoun(table, text, lead, e))  # ("Selon lui, …")
    # (a pronoun after a source word stands for the person named before, "Según él, …"; not after a framing one)
    if who is None or framing and (who.kind == "pronoun" or not is_someone(table, who)):
        return None
    start = after_phrase(text, lead, e, who)
    start = _body_name_to_comma(table, text, who, start, e)
    set_off = text[start - 2 : start] == ", " or text[start : start + 1] == ","
    if framing and not set_off:
        return None
    apposed = apposition(table, text, start, e) if who.kind == "person" else None
    if apposed is not None:  # "Selon Marie Martin, adjointe aux finances, le budget …"
        who.role = who.role or apposed[0]
        start = apposed[1]
    start += 1 if text[start - 1 : start + 1].startswith(",") else 0
    while start < e and text[start] in ", ":
        start += 1
    end = clause_end(text, start, e)
    if end - start < MIN_CLAUSE:
        return None
    # no comma after the source: it stands inside the clause ("Laut Berg ist die Lage ernst."), the whole sentence;
    # not a clause that is mostly a quote ("Laut Warnmeldung besteht „extreme Gefahr“": left to the quote)
    inside = not set_off and not mostly_quoted(start, end)
    return Found(QuoteKind.INDIRECT, s if inside else start, end, who, cue)
