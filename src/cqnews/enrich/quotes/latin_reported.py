"""Reported speech in languages other than English and Chinese (see :mod:`.latin` for the speakers).

Shapes read, from a language's table of reporting words (:mod:`cqnews.lexicon.quotes_latin`):
"Die Lage sei ernst, sagte Berg." / "Berg sagte, die Lage sei ernst." / "Laut Berg ist die Lage ernst." /
a "dass" clause after a verb of saying or expecting / a sentence with "laut X" inside it (the whole
sentence) / in German, a sentence in Konjunktiv I with no reporting word (its speaker is given by
:func:`.latin_finish.complete_names`). The shapes a source word leads ("Laut Berg", "Selon …", "wie Berg sagte")
are read in :mod:`.latin_sources`; where a clause after a verb and its conjunction ("aseguró que …") starts and
ends, and a second report joined to it by "y", in :mod:`.latin_that`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import islice

from ...lexicon.dates import LATIN_WEEKDAYS
from ...lexicon.quotes_latin import REPORTS_WITHOUT_CONJUNCTION, ROMANCE_RELATIVES, LatinTable
from ...lexicon.speech_verbs_latin import SPANISH_SHOWN
from ...models import QuoteKind
from .latin import framing_source_re, words_re
from .latin_after_cue import subject_after_cue
from .latin_dash import dash_dialogue
from .latin_elision import elision
from .latin_listener import past_listener
from .latin_opening import subject_opening
from .latin_phrases import after_phrase, reaches, read_subject
from .latin_set_off import subject_set_off
from .latin_sources import (
    after_source_verb,
    as_said,
    as_said_passive_in,
    as_said_verb_first,
    clause_end,
    source_first,
    source_inside,
)
from .latin_subject import (
    clause_subject,
    impersonal_source,
    inserted_source,
    subject_past_adverbs,
)
from .latin_subordinate import cue_after_subordinate
from .latin_that import bare_clause_start, coordinated_report, reported_end, that_start
from .latin_verb_first import cue_opens_sentence, subject_after_verb, tail_words
from .spans import Span
from .text import MIN_CLAUSE, NEAR, BlockView, Found, Inside

_TAIL_WORDS = 4  # words a sentence may go on with after "…, sagte Berg" ("am Montag in Berlin")


def latin_indirect(table: LatinTable, b: BlockView) -> list[Found]:
    """Reported clauses: "Die Lage sei ernst, sagte Berg." / "Berg sagte, die Lage sei ernst." / "Laut
    Berg ist die Lage ernst." Clauses that are mostly a quote are left to the direct reader."""
    if not table.cues:
        return []
    found = dash_dialogue(table, b)  # "—No sé qué ha pasado —dijo el vecino—. …": the paragraph is the quotes
    text = b.text
    starts = [0, *b.sentences.ends]
    inside, quoted = Inside(b.spans, len(text)), _Quoted(b.spans)  # (made once per block: reads stay linear)
    said = found[-1].end if found else 0
    for s in starts:
        if s >= len(text):
            break
        if s < said:
            continue
        s, e = b.sentences.around(s)
        f = (
            _cue_last(table, b, s, e)
            or _cue_colon(table, b, s, e)
            or _cue_first(table, b, s, e)
            or _cue_after_opener(table, b, s, e)
            or cue_after_subordinate(table, b, s, e)
            or source_first(table, text, s, e, quoted.mostly)
            or _that_clause(table, b, inside, s, e)
            or cue_opens_sentence(table, b, s, e)
            or as_said(table, text, s, e)
            or as_said_verb_first(table, text, s, e)
            or source_inside(table, b, s, e)
            or _subjunctive_sentence(table, b, inside, s, e)
        )
        if f is not None and not quoted.mostly(f.start, f.end):
            found.append(f)
            g = coordinated_report(table, b, f, e) if f.kind == QuoteKind.INDIRECT else None
            if g is not None and not quoted.mostly(g.start, g.end):
                found.append(g)
    return found


def _subjunctive_re(table: LatinTable) -> re.Pattern[str] | None:
    return words_re(table.subjunctives, hyphen=True)


def _that_verb_re(table: LatinTable) -> re.Pattern[str] | None:
    return words_re(table.that_verbs)


def latin_reports_without_cue(table: LatinTable, text: str) -> bool:
    """May a block with no reporting word still report speech? In German, a verb in Konjunktiv I; in the Romance
    languages, a framing source word of the table ("Para el juez, …", read by :func:`.latin_sources.source_first`) or a
    participle of saying after "come", "como" ("Come riferito dai carabinieri, …")."""
    pattern = _subjunctive_re(table)
    if pattern is not None and pattern.search(text) is not None:
        return True
    return framing_source_re(table).search(text) is not None or as_said_passive_in(table, text)


def _that_clause(table: LatinTable, b: BlockView, inside: Inside, s: int, e: int) -> Found | None:
    """ "Berg betonte, dass die Lage ernst sei." / "Die Bank erwartet, dass …": the "dass" clause, from
    "dass" on, after a clause whose verb reports or expects; its subject speaks."""
    text = b.text
    if not table.that:
        return None
    # the first conjunction of the clause, whichever of the table's it is ("att" or "at"): a set's order is no
    # reading order, and varies from run to run
    at = min((i for that in table.that if (i := text.find(f", {that} ", s, e)) >= 0), default=-1)
    if at < 0 or inside(at):
        return _that_after_cue(table, b, inside, s, e)
    before = _that_after_cue(table, b, inside, s, e)  # "aseguró que las obras, que comenzaron …, terminarán"
    if before is not None and before.start < at:
        return before  # (the ", que" opens a relative clause inside the one reported)
    verb = _governing_verb(table, b, s, at)
    if verb is None:
        return None
    who = read_subject(table, text, verb[1], at)
    if _relative_on_subject(table, text, verb[1], at, e):
        return None  # "«…», disse uma moradora, que pediu para não ser identificada": a relative clause on the subject
    if who is None or not reaches(text, who, at):
        who = clause_subject(table, text, s, verb[0])
    end = clause_end(text, at + 2, e)
    # (German reports keep "dass", Norwegian "at"; the Romance ones and Dutch the clause after "que", "che", "dat")
    start = text.find(" ", at + 2, e) + 1 if table.language in REPORTS_WITHOUT_CONJUNCTION else at + 2
    # measured from the comma before ", dass": the clause from "dass" on may be a character under MIN_CLAUSE
    return Found(QuoteKind.INDIRECT, start, end, who, text[verb[0] : verb[1]]) if end - at > MIN_CLAUSE else None


def _relative_on_subject(table: LatinTable, text: str, verb_end: int, at: int, e: int) -> bool:
    """Does a Romance relative pronoun after the comma at ``at`` ("…, que pediu …") follow the subject of the verb
    of saying ending at ``verb_end``, who was told between them at most ("disse à agência Lusa uma moradora, que …"):
    a clause about the subject, not what was said?"""
    if text[at + 2 : e].split(" ", 1)[0].lower() not in ROMANCE_RELATIVES:
        return False
    who = subject_after_cue(table, text, verb_end, at)
    return who is not None and who.kind != "pronoun" and reaches(text, who, at)


def _that_after_cue(table: LatinTable, b: BlockView, inside: Inside, s: int, e: int) -> Found | None:
    """ "Sanz confirmó que el incendio ha afectado …" / "Le maire a déclaré que …": a reporting word right
    before the conjunction, no comma between (Romance languages); the clause after it, its subject speaks."""
    text, cues = b.text, b.cues
    for k in cues.between(s, e):
        start = that_start(table, text, cues.ends[k], e)
        if start is None:  # "ông Nam cho biết dự án …" (Vietnamese, "rằng" left out)
            start = bare_clause_start(table, text, cues.words[k], cues.ends[k], e)
        if start is None or inside(cues.starts[k]):
            continue
        end = reported_end(table, b, start, e)
        if end - start < MIN_CLAUSE:
            return None
        who = clause_subject(table, text, s, cues.starts[k])
        return Found(QuoteKind.INDIRECT, start, end, who, cues.words[k])
    return None


def _governing_verb(table: LatinTable, b: BlockView, s: int, at: int) -> tuple[int, int] | None:
    """The reporting word (or a verb of expecting, ``that_verbs``) of the clause [s, at), as (start, end)."""
    cues = b.cues
    k = cues.between(s, at)
    if len(k):
        return cues.starts[k[-1]], cues.ends[k[-1]]
    pattern = _that_verb_re(table)
    m = None if pattern is None else next(iter(reversed(list(pattern.finditer(b.text, s, at)))), None)
    return (m.start(), m.end()) if m is not None else None


def _subjunctive_sentence(table: LatinTable, b: BlockView, inside: Inside, s: int, e: int) -> Found | None:
    """A sentence in Konjunktiv I with no reporting word ("Für die Bevölkerung bestehe keine Gefahr."):
    reported speech going on; its speaker, the one quoted just before (see :func:`.latin_finish.complete_names`)."""
    pattern = _subjunctive_re(table)
    text = b.text
    m = pattern.search(text, s, e) if pattern is not None else None
    if m is None or inside(m.start()):
        return None
    before = text[max(s, m.start() - 6) : m.start()].lower()
    if before.endswith(("ich ", "wenn ", "falls ")) or _in_condition(table, text, s, m.start()):
        return None  # "ich habe" (a first person), "wenn es … sei" (a condition)
    start, end, cue = _past_own_cue(b, s, clause_end(text, s, e))
    inserted = inserted_source(table, text, start, end) if cue is None else None  # "Die Lage, so Berg, sei ernst."
    who, cue = inserted if inserted is not None else (None, cue)
    return Found(QuoteKind.INDIRECT, start, end, who, cue) if end - start >= 15 else None


def _past_own_cue(b: BlockView, s: int, end: int) -> tuple[int, int, str | None]:
    """The reported clause of a Konjunktiv sentence whose reporting word no other reader took, because its subject
    is no one they name ("Der Minister versicherte, es werde …" / "Er habe nichts gewusst, beteuerte der Angeklagte"):
    without the reporting clause, and with its cue (so the speaker before is not carried on to it)."""
    text = b.text
    last_comma = text.rfind(",", s, end)  # (read once: each cue of a long sentence looked at its whole rest)
    for k in b.cues.between(s, end):
        start, stop = b.cues.starts[k], b.cues.ends[k]
        comma = text.find(", ", stop, end) if start < s + NEAR else -1
        if comma > 0 and len(text[s:comma].split()) <= _OWN_CUE_WORDS and "," not in text[s:stop]:
            return comma + 2, end, b.cues.words[k]  # "Der Minister versicherte (am Montag), …"
        short = last_comma < stop and _words_up_to(text, stop, end, _OWN_CUE_WORDS + 1) <= _OWN_CUE_WORDS
        if short and start - s >= MIN_CLAUSE and text[start - 2 : start] == ", ":
            return s, start - 2, b.cues.words[k]  # "…, beteuerte der Angeklagte (vor Gericht)."
    return s, end, None


def _words_up_to(text: str, start: int, end: int, most: int) -> int:
    """``len(text[start:end].split())``, counted no further than ``most``."""
    return sum(1 for _ in islice(_SPACED_WORD_RE.finditer(text, start, end), most))


_SPACED_WORD_RE = re.compile(r"\S+")


_OWN_CUE_WORDS = 8  # words before the comma: a subject of a few words, the verb, a time ("am Montag")


def _in_condition(table: LatinTable, text: str, s: int, at: int) -> bool:
    """Does the clause of the verb at ``at`` (from the comma before it, or the sentence's start ``s``) open with a
    conjunction of :attr:`LatinTable.unreal_leads` ("…, ohne dass … geschaltet würden", "als ob … wäre"): a
    condition or an unreal comparison, no reported speech?"""
    clause = text[max(s, text.rfind(",", s, at) + 1) : at].lstrip().lower()
    return any(clause.startswith(f"{lead} ") for lead in table.unreal_leads)


def _cue_last(table: LatinTable, b: BlockView, s: int, e: int) -> Found | None:
    """ "Die Lage sei ernst, sagte Berg (am Montag)." / "Die Lage sei ernst, betonte Berg: „…“" (a colon ends the
    cue's clause) / "Die Lage sei ernst, hieß es." (an impersonal cue, no source named: no speaker); not after a
    subordinate clause ("Nachdem …, sagte Berg")."""
    text, cues = b.text, b.cues
    for k in cues.between(s, e):
        start = cues.starts[k]
        # the clause before the cue and its ", " are MIN_CLAUSE characters at least
        if text[max(s, start - 2) : start] != ", " or start - s < MIN_CLAUSE or _subordinate(table, text, s, start - 2):
            continue
        if _subject_set_off_before(table, text, s, start):
            continue  # "El alcalde, Luis Mena, ha confirmado la noticia.": the clause is the verb's own subject
        lead, cue = after_source_verb(table, text, cues.ends[k], cues.words[k], e)  # "…, según explicó el alcalde."
        if cue != cues.words[k] and _reports_itself(table, b, s, start):
            continue  # "X aseguró que …, según informa Europa Press": who passed X's report on
        who = read_subject(table, text, lead, e) or impersonal_source(table, text, lead, e)
        who = who or subject_past_adverbs(table, text, lead, e)  # "…, sagte auch Berg."
        unnamed = who is None and cue.lower() in table.impersonal  # "…, hieß es." (no source named)
        if who is None and not unnamed:
            continue
        after = lead if who is None else after_phrase(text, lead, e, who)
        rest = text[after : clause_end(text, s, e)].split(":", 1)[0]
        if _short_tail(table, rest):
            return Found(QuoteKind.INDIRECT, s, start - 2, who, cue)
    return None


def _subject_set_off_before(table: LatinTable, text: str, s: int, cue: int) -> bool:
    """In a Romance language, is the clause before ", " and the cue at ``cue`` only the cue's subject, a name and
    its office set off by a comma ("El alcalde, Luis Mena, ha confirmado …", "Le maire de Guéret, Marc Lenoir, a
    annoncé …", "Luis Mena, el alcalde, ha confirmado …")? A subject, not what was said (the verb's object follows
    it, no speaker)."""
    if table.capitalised_nouns or "," not in text[s : cue - 2]:
        return False
    who = subject_opening(table, text, s, cue)
    if who is None:
        return False
    # ("Luis Mena, el alcalde, ha confirmado …": the name, then its role set off)
    return reaches(text, who, cue - 2) or (who.role is not None and text[s : cue - 2].endswith(f", {who.role}"))


def _reports_itself(table: LatinTable, b: BlockView, s: int, end: int) -> bool:
    """Does a reporting word and its conjunction stand in ``b.text[s:end]`` ("El presidente aseguró que …"): a
    clause that names its own speaker?"""
    return any(that_start(table, b.text, b.cues.ends[k], end) is not None for k in b.cues.between(s, end))


def _short_tail(table: LatinTable, rest: str) -> bool:
    """May the sentence go on with ``rest`` after "…, sagte Berg" and the clause before still be what Berg said?
    A few words with no comma ("am Montag in Berlin"), or the subject's next verb joined by a conjunction of
    :attr:`LatinTable.joiners` among the first words, before any comma ("am Montag und verwies auf …")."""
    words = rest.split()
    if len(words) <= _TAIL_WORDS and "," not in rest:
        return True
    head = rest.split(",", 1)[0].split()
    return any(w in table.joiners for w in head[: _TAIL_WORDS + 1])


def _subordinate(table: LatinTable, text: str, s: int, end: int) -> bool:
    """Is [s, end) one subordinate clause, opened by a conjunction of :attr:`LatinTable.subordinators` with no
    comma in it ("Nachdem die Partei das Papier veröffentlicht hatte, erklärte er: …"): the time or the
    reason of the verb after it, not what was said?"""
    first = text[s:end].split(" ", 1)[0].lower()
    return first in table.subordinators and "," not in text[s:end]


def _cue_first(table: LatinTable, b: BlockView, s: int, e: int) -> Found | None:
    """ "Berg sagte (am Montag), (dass) die Lage ernst sei." """
    text, cues = b.text, b.cues
    for k in cues.between(s, min(e, s + NEAR)):
        comma = text.find(",", cues.ends[k], e)
        shown = cues.words[k] in SPANISH_SHOWN
        tail = tail_words(table, text[cues.ends[k] : comma]) if comma > 0 else 0
        if comma < 0 or shown or tail > _TAIL_WORDS or text[comma + 1 : comma + 2] != " ":
            continue  # (no verb "mostrarse": "El entrenador se mostró satisfecho, aunque …" reports nothing)
        after = text[cues.ends[k] + 1 : comma].split(" ", 1)[0].lower()
        if after in table.that or elision(table.that, after):
            continue  # "a déclaré que la maison, qui …": the comma is inside the "que" clause
        who = subject_opening(table, text, s, cues.starts[k])
        if who is None and not any(w[:1].isupper() for w in text[cues.ends[k] : comma].split()):
            who = subject_set_off(table, text, s, cues.starts[k], comma)  # (no subject after it: "…, sagte Weber, …")
        if who is None:
            continue  # the subject must open the sentence ("Berg sagte, …", "Roth, die …, sagte, …")
        start = _past_inserted_phrase(table, text, comma + 2, e)
        first = text[start:e].split(" ", 1)[0].lower()
        if first in table.that:
            start += len(first) + 1
        end = clause_end(text, start, e)
        if end - start >= MIN_CLAUSE:
            return Found(QuoteKind.INDIRECT, start, end, who, cues.words[k])
    return None


def _cue_colon(table: LatinTable, b: BlockView, s: int, e: int) -> Found | None:
    """ "Die Ärztin warnt: Die Lage sei ernst." / "Berg sagte am Montag: Wer Symptome habe, solle …": a verb of
    saying whose subject opens the sentence, a colon after it (a few words between at most), then a clause in
    Konjunktiv I with no quote marks: that clause, all of it, is reported (a comma inside it ends no tail)."""
    pattern = _subjunctive_re(table)
    if pattern is None:
        return None
    text, cues = b.text, b.cues
    for k in cues.between(s, min(e, s + NEAR)):
        colon = text.find(": ", cues.ends[k], e)
        tail = text[cues.ends[k] : colon]
        if colon < 0 or "," in tail or tail_words(table, tail) > _TAIL_WORDS:
            return None
        end = clause_end(text, colon + 2, e)
        who = subject_opening(table, text, s, cues.starts[k])
        if who is None or end - colon - 2 < MIN_CLAUSE or pattern.search(text, colon + 2, end) is None:
            return None
        return Found(QuoteKind.INDIRECT, colon + 2, end, who, cues.words[k])
    return None


def _past_inserted_phrase(table: LatinTable, text: str, start: int, e: int) -> int:
    """Past a short phrase set off by commas between the verb and its conjunction ("disse, em entrevista à RTP,
    que …", "a déclaré, lundi soir, que …"): where the conjunction starts; ``start`` when no such phrase."""
    comma = text.find(", ", start, min(e, start + _INSERTED_CHARS))
    if comma < 0 or text[comma + 2 : e].split(" ", 1)[0].lower() not in table.that:
        return start
    words = text[start:comma].lower().split()
    # (opened by a preposition or an adverb of time or place: a setting, not a clause of its own)
    lead = words[0] if words else ""
    setting = lead in table.prepositions or lead in table.openers or lead in LATIN_WEEKDAYS
    return comma + 2 if setting and len(words) <= _INSERTED_WORDS else start


_INSERTED_CHARS = 60
_INSERTED_WORDS = 6  # "em entrevista à Antena 1", "lors d'une conférence de presse"


def _cue_after_opener(table: LatinTable, b: BlockView, s: int, e: int) -> Found | None:
    """ "Am Montag sagte die Architektin Anna Weber, die Brücke sei …": where the verb stands second (German), a
    time or place phrase (or an adverb) opens the sentence, the reporting verb follows it and its subject after the
    verb reaches a comma; the clause after the comma is reported. A subordinate clause ("Als …") opens no such one.
    An object opened by an article may open it too ("Der Zeitung sagte Meyer, die Mannschaft sei …"), the clause
    after the comma then in the subjunctive of reported speech."""
    text, cues = b.text, b.cues
    first = text[s:e].split(" ", 1)[0].lower()
    if not table.subject_first or not table.capitalised_nouns or not _opens_before_verb(table, first):
        return None
    for k in cues.between(s, min(e, s + NEAR)):
        if "," in text[s : cues.starts[k]] or len(text[s : cues.starts[k]].split()) > _TAIL_WORDS:
            return None
        comma = text.find(", ", cues.ends[k], e)
        lead = cues.ends[k] + 1
        lead = past_listener(table, text, lead, comma) or lead if comma > 0 else lead
        who = subject_after_verb(table, text, lead, comma) if comma > lead else None
        if who is None or _name_set_off(text, comma + 2, e):
            continue  # (", Anna Weber, den Auftritt …": a name apposed to the subject, no reported clause)
        start = comma + 2
        if text[start:e].split(" ", 1)[0].lower() in table.that:
            return None  # (a "dass" clause: read by _that_clause)
        end = clause_end(text, start, e)
        if first in table.determiners and not _reported_mood(table, text, start, end):
            return None  # ("Ein „Riesen-Rennen“ urteilte Berg, am Sonntag Zweite, …": the object was what was said)
        return Found(QuoteKind.INDIRECT, start, end, who, cues.words[k]) if end - start >= MIN_CLAUSE else None
    return None


def _reported_mood(table: LatinTable, text: str, start: int, end: int) -> bool:
    """Does a verb form only reported speech uses (Konjunktiv I: "sei", "werde") stand in [start, end)? After an
    object that opens the sentence, only such a clause is the report, not an apposition to the subject."""
    pattern = _subjunctive_re(table)
    return pattern is not None and pattern.search(text, start, end) is not None


def _name_set_off(text: str, start: int, e: int) -> bool:
    """Do capitalised words alone (a name) stand between ``start`` and the next comma?"""
    comma = text.find(",", start, e)
    words = text[start:comma].split() if comma > 0 else []
    return 0 < len(words) <= _NAME_WORDS and all(w[:1].isupper() for w in words)


_NAME_WORDS = 4


def _opens_before_verb(table: LatinTable, first: str) -> bool:
    """May the sentence's first word open a phrase before a verb in second place ("Am Montag", "Gestern", "Dazu",
    "Dem Sender")?
    Not a conjunction whose clause puts its verb last ("Als", "Wenn", "Nachdem") nor a relative ("Wer")."""
    if first in table.subordinators or first in table.unreal_leads or first in table.relatives:
        return False
    # an article: the phrase it opens is the verb's object, its subject after it ("Der Zeitung sagte Meyer, …")
    return first in table.openers or first in table.prepositions or first in table.determiners


class _Quoted:
    """How much of a stretch of a block its quotes cover, from the spans that overlap it (bisect)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = spans
        self.ends = [sp.end for sp in spans]  # (top-level spans do not nest: ends are sorted)

    def mostly(self, start: int, end: int) -> bool:
        quoted, spans = 0, self.spans
        for i in range(bisect.bisect_right(self.ends, start), len(spans)):  # (no slice: a copy per call)
            sp = spans[i]
            if sp.start >= end:
                break
            quoted += max(0, min(end, sp.end) - max(start, sp.start))
        return quoted * 2 > max(1, end - start)
