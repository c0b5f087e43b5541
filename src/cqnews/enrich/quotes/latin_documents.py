"""A body speaking through a document or a source it is named with after a source word ("Según un informe de la
OCDE, …", "De acordo com dados do INE, …", "Secondo fonti della Procura, …", "Laut einem Bericht der Polizei …"):
the body in the genitive is the speaker, not the document (the nouns and genitive words:
:mod:`cqnews.lexicon.source_documents_latin`)."""

from __future__ import annotations

from ...lexicon.quotes_latin import LatinTable
from ...lexicon.source_documents_latin import (
    GERMAN_GENITIVE_ARTICLES,
    SOURCE_DOCUMENTS,
    SOURCE_GENITIVES,
    UNNAMED_SOURCES,
)
from ..speakers.phrases import Who
from .latin_elision import elision, joined
from .latin_phrases import read_subject
from .latin_words import DESCRIPTION_WORDS, phrase_words


def document_source(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """The body named in the genitive after a document noun opening ``text[lo:hi]`` (an article before the noun
    or none: "un informe de la OCDE", "fuentes de la Guardia Civil"); None when no document noun opens it or the
    genitive names no one (a capitalised name or a body: "fuentes de la investigación" names none)."""
    nouns = SOURCE_DOCUMENTS.get(table.language)
    words = phrase_words(table, text, lo, hi) if nouns else []
    first = words[0][0].lower() if words else ""
    k = 1 if first in table.determiners or first in table.indefinites else 0  # (no set built per phrase)
    if nouns is None or len(words) < k + 2 or words[k][0].lower() not in nouns:
        return None
    start = _genitive_start(table, words[k + 1], words[k + 2][1] if len(words) > k + 2 else hi)
    who = read_subject(table, text, _past_elided_article(table, text, start, hi), hi) if start is not None else None
    if who is None or who.kind == "pronoun" or not _named(who):
        return None
    return who


def _genitive_start(table: LatinTable, marker: tuple[str, int], after: int) -> int | None:
    """Where the body after the genitive word ``marker`` starts: past a preposition ("de", "della"), at the
    elided article's end ("dell'Istat"), at a German genitive article itself ("der Polizei")."""
    word, at = marker
    low = word.lower()
    if table.capitalised_nouns:
        return at if low in GERMAN_GENITIVE_ARTICLES else None
    genitives = SOURCE_GENITIVES.get(table.language, frozenset())
    if low in genitives:
        return after
    elided = next((g for g in genitives if g.endswith(("'", "’")) and low.startswith(g) and len(low) > len(g)), "")
    return at + len(elided) if elided else None


def _named(who: Who) -> bool:
    """Does the mention name someone: a capitalised word past its first word, or one capitalised word alone?"""
    names = who.mention.split(" ")
    return any(w[:1].isupper() for w in names[1:]) or len(names) == 1 and names[0][:1].isupper()


def _past_elided_article(table: LatinTable, text: str, start: int, hi: int) -> int:
    """Past an elided article written with the name it opens ("l'Insee", "l'Istat": the name "Insee")."""
    word = text[start:hi].split(" ", 1)[0]
    length = elision(table.determiners, word.lower())
    return start + length if length and word[length : length + 1].isupper() else start


def unnamed_sources(table: LatinTable, text: str, lo: int, hi: int) -> Who | None:
    """The phrase opening ``text[lo:hi]`` with a plural noun of unnamed sources and no article, up to its comma
    ("fuentes policiales", "fonti vicine al ministro"): a description of someone not named (read after a source
    word, "Según fuentes policiales, …"; a genitive after the noun is read by :func:`document_source` alone)."""
    nouns = UNNAMED_SOURCES.get(table.language)
    words = phrase_words(table, text, lo, hi, DESCRIPTION_WORDS + 1) if nouns else []
    if nouns is None or not 2 <= len(words) <= DESCRIPTION_WORDS or words[0][0] not in nouns:
        return None
    if _genitive_start(table, words[1], words[2][1] if len(words) > 2 else hi) is not None:
        return None  # ("fuentes de la investigación": a genitive that names no body, no one's sources)
    phrase = joined(words)
    return Who(phrase, "desc", role=phrase, start=words[0][1], fresh=True)
