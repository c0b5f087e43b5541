"""A German subject whose noun an attributive word precedes ("Der erfahrene Landwirt", "Ein junger Mann", "Die
62-jährige Landwirtin", "Der 54-Jährige").

Where nouns are capitalised, :func:`.latin_subject.subject_before` walks back from the verb over capitalised words
and takes a lower-case word before them for a word inside the clause ("…, die von einem ruhigen Vormittag
berichtete"): an adjective between the article that opens the clause and its noun is such a word, so the subject
was left unread. An age written as a noun ("der 54-Jährige") is no capitalised word at all.
"""

from __future__ import annotations

import re

from ...lexicon.quotes_latin import GERMAN_GENITIVE_ONLY_ARTICLES, LatinTable
from ..speakers.phrases import Who
from .latin_phrases import description

__all__ = ["attributive_subject"]

# An inflected adjective or participle in lower case ("erfahrene", "junger", "zuständigen", "62-jährige"): the
# endings of the strong and weak declension
_ATTRIBUTIVE_RE = re.compile(r"(?:\d{1,3}-)?[a-zäöüß][a-zäöüß\-]*(?:e|en|er|es|em)")
# An age or a number made a noun ("54-Jährige", "20-Jähriger")
_NUMBER_NOUN_RE = re.compile(r"\d{1,3}-[A-ZÄÖÜ][a-zäöüß]+")
_ATTRIBUTIVES = 2  # adjectives read between the article and the noun


def attributive_subject(table: LatinTable, words: list[tuple[str, int]], k: int) -> Who | None:
    """The subject phrase an article, attributive words and the noun at ``k`` make (see :func:`attributive_start`),
    read as a description; None when ``words`` end in no such phrase."""
    article = attributive_start(table, words, k)
    return description(table, words[article:], words[article][1]) if article is not None else None


def attributive_start(table: LatinTable, words: list[tuple[str, int]], k: int) -> int | None:
    """Where the capitalised run of ``words`` from ``k`` (or the number made a noun ending them) is a noun that
    one or two attributive words and an article opening the clause precede, the article's index; else None."""
    if not table.capitalised_nouns or not words:
        return None
    noun = k
    if k == len(words) and _NUMBER_NOUN_RE.fullmatch(words[-1][0]):
        noun = len(words) - 1  # "Der 54-Jährige"
    elif k == len(words):
        return None
    at = noun
    while at > 0 and noun - at < _ATTRIBUTIVES and _attributive(table, words[at - 1][0]):
        at -= 1
    if at == noun and noun == k:
        return None  # no attributive word: read as before
    article = at - 1
    if article >= 0 and words[article][0].lower() in GERMAN_GENITIVE_ONLY_ARTICLES:
        article -= 2  # "Der Chef des örtlichen Vereins": the noun the genitive completes, and its article
        if article < 0 or not words[article + 1][0][:1].isupper():
            return None
    if article < 0 or not _opening_article(table, words, article):
        return None
    return article


def _attributive(table: LatinTable, word: str) -> bool:
    """An inflected adjective in lower case, not an article ("des", "eine", "jeder" have such endings too)."""
    return _ATTRIBUTIVE_RE.fullmatch(word) is not None and word not in table.determiners


def _opening_article(table: LatinTable, words: list[tuple[str, int]], at: int) -> bool:
    """Is ``words[at]`` an article, not of the genitive only, that opens the clause (first, or after a mark)?"""
    low = words[at][0].lower()
    if low not in table.determiners or low in GERMAN_GENITIVE_ONLY_ARTICLES or low in table.listeners:
        return False
    return at == 0 or not words[at - 1][0][0].isalnum()
