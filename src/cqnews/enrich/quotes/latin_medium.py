"""A short name in quote marks where a newspaper or a programme stands (the one told, or the one telling), no
speech: "sagte dem „Kurier“", "a déclaré au « Parisien »", "Der „Bild“ sagte Meyer" (see
:func:`.latin.latin_not_speech`)."""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who
from .latin_elision import elision
from .spans import Span, find_spans

_LEAD_CHARS = 32  # the text after a quote read for a verb of saying


def names_medium(table: LatinTable, words: list[str], text: str, sp: Span) -> bool:
    """Is the quote ``sp`` a medium's name, ``words`` the (lower-case) words before its opening mark?"""
    return _told_after(table, words, text[sp.start : sp.end]) or _medium_opens_clause(table, words, text, sp)


def _told_after(table: LatinTable, words: list[str], inner: str) -> bool:
    """Is the quote a short name (capitalised words, no sentence mark) in a listener's place: right after a
    listener word ("au « Parisien »", "a «El País»", "dem „Kurier“"; not after a preposition, "nach dem „…“")
    or after a listener or a verb of saying and an article ("gegenüber dem „Kurier“", "sagte der „Zeit“")? Who
    was told, a newspaper or a programme."""
    if not name_shaped(table, inner):
        return False
    last, before = words[-1], words[-2] if len(words) > 1 else ""
    if last in table.determiners and (before in table.listeners or before in table.cues):
        return True  # "gegenüber dem „Kurier“", "sagte der „Süddeutschen Zeitung“"
    return last in table.listeners and before not in table.prepositions and before not in table.listeners


def name_shaped(table: LatinTable, inner: str) -> bool:
    """Is ``inner`` a short name: a few capitalised words (particles and articles between them), no sentence mark?"""
    names = inner.split()
    if not names or len(names) > _MEDIUM_WORDS or any(mark in inner for mark in ".!?…:;,"):
        return False
    small = table.particles | table.determiners
    # (a capital after an elided article: "Courrier de l'Est")
    return all(w[elision(small, w.lower()) :][:1].isupper() or w.lower() in small for w in names)


def _medium_opens_clause(table: LatinTable, words: list[str], text: str, sp: Span) -> bool:
    """Is the quote a short name after a definite article that opens the sentence, a verb of saying right after
    it ("Der „Bild“ sagte Meyer", "Le « Parisien » a révélé")? A newspaper told or telling, no speech: the
    article makes it a noun ("Ein „Wunder“ sei es gewesen" quotes a word of the speaker's)."""
    if len(words) > 1 and words[-2] in table.determiners and _noun_before(table, text, sp.open):
        words = words[:-1]  # "Le quotidien « Le Parisien » a affirmé": an article and a noun before the name
    last, before = words[-1], words[-2] if len(words) > 1 else ""
    if last not in table.determiners or last in table.indefinites or before and before[-1] not in _SENTENCE_ENDS:
        return False
    if sp.close is None or not name_shaped(table, text[sp.start : sp.end]):
        return False
    after = [w.strip(_WORD_MARKS) for w in text[sp.close + 1 : sp.close + 1 + _LEAD_CHARS].lower().split()]
    return bool(after) and (after[0] in table.cues or " ".join(after[:2]) in table.cues)


def _noun_before(table: LatinTable, text: str, opening: int) -> bool:
    """Is the word right before the opening mark at ``opening`` a noun: in lower case ("quotidien", "diario"), or
    any word of letters in a language that capitalises its nouns ("Die Zeitung „Bild“")?"""
    word = text[max(0, opening - _LEAD_CHARS) : opening].split()[-1:]
    return bool(word) and word[0].isalpha() and (word[0].islower() or table.capitalised_nouns)


def quoted_medium(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """The newspaper or programme whose name in quote marks, after an article (and a lower-case noun: "le
    quotidien"), is the phrase [lo, hi) before a verb of saying ("Le « Parisien » a affirmé que …", "Der „Spiegel“
    berichtete, …"): it speaks, as a body; None for any other phrase."""
    spans = find_spans(text[lo:hi])
    if not spans or spans[-1].close is None or text[lo + spans[-1].close + 1 : hi].strip():
        return None
    sp = spans[-1]
    lead = text[lo : lo + sp.open].lower().split()
    if not lead or lead[0] not in table.determiners or lead[0] in table.indefinites or len(lead) > _LEAD_WORDS:
        return None
    if len(lead) == _LEAD_WORDS and not (text[lo : lo + sp.open].split()[1].islower() or table.capitalised_nouns):
        return None
    inner = text[lo + sp.start : lo + sp.end]
    start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())  # (the phrase's start, its article)
    return Who(inner, "org", start=start) if name_shaped(table, inner) else None


_LEAD_WORDS = 2  # an article and a noun before a medium's quoted name
_SENTENCE_ENDS = ".!?:;"  # (the word before an article that opens a sentence ends with one)
_WORD_MARKS = ",;:"  # (a verb of saying may end its clause: "Der „Spiegel“ berichtete, …")
_MEDIUM_WORDS = 4  # words of a medium's name ("Corriere della Sera", "Süddeutschen Zeitung")
