"""German reported speech after an opening subordinate clause: "Nachdem der Rat getagt hatte, teilte die Stadt mit,
die Schule bleibe geschlossen.", "Als die Zahlen vorlagen, sagte die Ministerin, man werde handeln."

The subordinate clause (its verb last) fills the first place of the main clause, so the verb of saying comes right
after its comma and the subject after the verb, as after an opening time ("Am Montag sagte die Ministerin, …",
read by :func:`.latin_reported._cue_after_opener`, which leaves a sentence a subordinate clause opens). Before,
such a sentence was read as one clause in the subjunctive of reported speech, whole and with no speaker.
"""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ...models import QuoteKind
from .latin_listener import past_listener
from .latin_sources import clause_end
from .latin_verb_first import subject_after_verb
from .text import MIN_CLAUSE, BlockView, Found

__all__ = ["cue_after_subordinate"]

_CLAUSE_CHARS = 160  # how long the opening subordinate clause may be


def cue_after_subordinate(table: LatinTable, b: BlockView, s: int, e: int) -> Found | None:
    """The report of a sentence [s, e) a subordinate clause opens, a verb of saying right after its comma, the
    verb's subject after it up to a comma; None for another shape."""
    text, cues = b.text, b.cues
    if not table.subject_first or not table.capitalised_nouns:
        return None
    if text[s:e].split(" ", 1)[0].lower() not in table.subordinators:
        return None
    comma = text.find(", ", s, min(e, s + _CLAUSE_CHARS))
    k = next(iter(cues.between(comma + 2, comma + 3)), None) if comma > s else None
    if k is None:
        return None
    second = text.find(", ", cues.ends[k], e)
    if second < 0:
        return None
    lead = past_listener(table, text, cues.ends[k] + 1, second) or cues.ends[k] + 1
    who = subject_after_verb(table, text, lead, second) if second > lead else None
    if who is None:
        return None
    start = second + 2
    if text[start:e].split(" ", 1)[0].lower() in table.that:
        return None  # ("…, sagte die Ministerin, dass man handeln werde": read as a "dass" clause)
    end = clause_end(text, start, e)
    return Found(QuoteKind.INDIRECT, start, end, who, cues.words[k]) if end - start >= MIN_CLAUSE else None
