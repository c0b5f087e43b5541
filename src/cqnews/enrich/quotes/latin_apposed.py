"""A name opening a Romance sentence, then who the person is, set off by commas before the verb of saying.

"Jean Dupont, éleveur à Guéret, raconte que …", "Juan Pérez, ganadero de Soria, explicó que …", "Paolo Neri, il
sindaco di Lucca, ha detto che …": the name speaks and the apposition (a noun in lower case, or an office word of
the table capitalised as regional pages write it, "Juan Pérez, Alcalde de Soria, dijo", an article before it at
most) is its role. Read backwards from the verb, the words of the apposition were no speaker, so the report had
none (or, capitalised, the title "Alcalde" and the name "de Soria"). A relative clause in its place ("Jean Dupont,
qui vit à Guéret, raconte que …") is no apposition, nor an aside longer than :data:`_APPOSITION_WORDS` words.
Languages whose subject comes first and whose nouns are capitalised (German) are left to their own reader.
"""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who
from .latin_phrases import reaches, read_subject
from .latin_titles import is_title

__all__ = ["name_then_apposition"]

_APPOSITION_WORDS = 7  # "éleveur à Guéret", "le maire de la commune de Guéret"


def name_then_apposition(table: LatinTable, text: str, s: int, verb: int) -> Who | None:
    """The person named at the start of ``text[s:verb]`` when an apposition set off by commas stands between the
    name and the verb (nothing but space after its second comma), the apposition its role; None for another shape."""
    if table.subject_first or table.capitalised_nouns:
        return None
    last = text.rfind(",", s, verb)
    first = text.find(",", s, verb)
    if last < 0 or first == last or text[last + 1 : verb].strip():
        return None
    words = text[first + 1 : last].split()
    if not words or len(words) > _APPOSITION_WORDS:
        return None
    noun = words[1] if words[0].lower() in table.determiners and len(words) > 1 else words[0]
    low = noun.lower()
    office = noun.islower() or is_title(table, noun)  # (an office written capitalised: "Juan Pérez, Alcalde de Soria,")
    if not noun.isalpha() or not office or low in table.relatives or low in table.relative_subjects:
        return None
    if low in table.that or low in table.prepositions or low in table.adverbs or low in table.negations:
        return None
    start = len(text[s:first]) - len(text[s:first].lstrip()) + s
    who = read_subject(table, text, start, first)
    if who is None or who.kind != "person" or who.start != start or not reaches(text, who, first):
        return None
    who.role = who.role or " ".join(words)
    return who
