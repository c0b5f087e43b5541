"""Where and when, between a reporting verb and its subject after it.

Wire copy puts the day and the place of a statement right after the verb, before who made it: "„…“, sagte am
Dienstag in Hamburg Bürgermeister Peter Brandt.", "«…», dijo el lunes en Sevilla el alcalde Juan Gil.", "«…»,
disse em Lisboa o ministro João Silva.", "„…”, zei in Utrecht minister Jan de Vries.". Read from the verb, the
day came out as the speaker ("el lunes") or the place swallowed the name ("in Berlin Minister …": none). Here the
day (a weekday, with its article or preposition, or a word that names a day) and the place (a preposition of the
table's ``place_leads`` and one to three capitalised words) are stepped over, when the words after them open a
speaker phrase of the shape a subject after its verb takes: an article or an office word. A capitalised word after
the place is no subject opening ("à Paris Jean Dupont": where the place ends is not known), nor is a lower-case
word after the preposition ("in der Sitzung": no place name).
"""

from __future__ import annotations

import re

from ...lexicon.dates import LATIN_WEEKDAYS
from ...lexicon.places_latin import PLACES_LATIN
from ...lexicon.quotes_latin import ADVERBS_AFTER_CUE, GERMAN_CONTRACTIONS, LatinTable
from ...lexicon.source_documents_latin import GERMAN_GENITIVE_ARTICLES, MEANS_OF_STATEMENT
from ..speakers.phrases import Who
from .latin_subject import is_adverb
from .latin_titles import is_title, name_word
from .latin_words import CLAUSE_WORDS, phrase_words

__all__ = ["is_place_named", "past_setting", "setting_before_that"]

_PLACE_WORDS = 3  # capitalised words of a place name at most ("Buenos Aires", "Den Haag")


def past_setting(table: LatinTable, text: str, pos: int, hi: int) -> int | None:
    """Where the subject starts past a day and a place right after a reporting verb (``pos``); None when
    neither opens ``text[pos:hi]`` or no article or office word follows them."""
    if not table.place_leads:
        return None
    words = phrase_words(table, text, pos, hi, CLAUSE_WORDS)
    lead = _past_adverbs(table, words)  # "sagte noch am Abend Klaus Wolf"
    k = _past_contracted(table, words, _past_day(table, words, lead))
    timed = k > lead  # (a name may follow a day: "sagte am Abend Klaus Wolf"; not a place, see above)
    k = _past_place(table, words, k)
    k = _past_day(table, words, k)  # "dijo en Madrid el lunes el ministro"
    k = _past_means(table, words, k)  # "afirmou em nota o secretário-geral"
    k = _past_predicative(table, words, k)  # "se mostró satisfecho el presidente", "respondió tajante la ministra"
    if k == lead or k >= len(words):
        return None
    first = words[k][0]
    if first.lower() in table.determiners or is_title(table, first):
        return words[k][1]
    named = k + 1 < len(words) and name_word(table, first) and name_word(table, words[k + 1][0])
    return words[k][1] if timed and named and first.lower() not in table.particles else None


def _past_predicative(table: LatinTable, words: list[tuple[str, int]], k: int) -> int:
    """Where the subject may be left out (Spanish, Italian, Portuguese), past one lower-case adjective in "-o" or
    "-a" (and their plurals) said of the subject, when an article follows it ("«…», se mostró satisfecho el
    presidente del club", "respondió tajante la alcaldesa"); else ``k``."""
    if not table.null_subject or k + 1 >= len(words):
        return k
    word, after = words[k][0], words[k + 1][0]
    function = word in table.determiners or word in table.prepositions or word in table.particles
    if not word.islower() or function or not word.endswith(_PREDICATIVE_ENDINGS):
        return k
    return k + 1 if after.lower() in table.determiners else k


_PREDICATIVE_ENDINGS = ("o", "a", "os", "as")


def _past_adverbs(table: LatinTable, words: list[tuple[str, int]]) -> int:
    """Past the lower-case adverbs of the table opening ``words`` ("noch", "también"), two at most."""
    k = 0
    while k < min(len(words), ADVERBS_AFTER_CUE) and words[k][0].islower() and is_adverb(table, words[k][0]):
        k += 1
    return k


def _past_contracted(table: LatinTable, words: list[tuple[str, int]], k: int) -> int:
    """Past a German preposition holding its article and its noun, an adjective before it at most ("am Abend",
    "am späten Abend", "im Interview", "beim Termin"): one noun after it, no name (the article is in it)."""
    if table.language != "de" or k >= len(words) or words[k][0] not in GERMAN_CONTRACTIONS:
        return k
    j = k + 1 + (k + 1 < len(words) and words[k + 1][0].islower())
    return j + 1 if j < len(words) and words[j][0][:1].isupper() else k


def _past_day(table: LatinTable, words: list[tuple[str, int]], k: int) -> int:
    """Past a weekday with the word before it ("am Montag", "el lunes", "lundi") or a word naming a day ("ayer")."""
    if k < len(words) and words[k][0].lower() in table.day_words:
        return k + 1
    if k + 1 < len(words) and words[k][0].lower() in table.weekday_leads and words[k + 1][0].lower() in LATIN_WEEKDAYS:
        return k + 2
    if k < len(words) and words[k][0].lower() in LATIN_WEEKDAYS:
        return k + 1
    return k


def _past_place(table: LatinTable, words: list[tuple[str, int]], k: int) -> int:
    """Past a preposition of place and the capitalised words of a place name ("in Berlin", "en Buenos Aires")."""
    if k >= len(words) or words[k][0] not in table.place_leads:
        return k
    j = k + 1
    while j < len(words) and j - k <= _PLACE_WORDS and _place_word(table, words[j][0]):
        j += 1
    return j if j > k + 1 else k


def _past_means(table: LatinTable, words: list[tuple[str, int]], k: int) -> int:
    """Past a preposition, an article at most and a noun of the means a statement came by, one lower-case adjective
    after it at most ("em nota", "en un comunicado", "in einer Mitteilung", "em nota oficial"); ``k`` where none
    opens ``words[k:]`` (the subject must then follow, an article or an office word: see :func:`past_setting`)."""
    nouns = MEANS_OF_STATEMENT.get(table.language)
    if nouns is None or k + 1 >= len(words) or words[k][0] not in table.prepositions | table.place_leads:
        return k
    j = k + 1 + (words[k + 1][0].lower() in table.determiners)
    if j >= len(words) or words[j][0].casefold() not in nouns:
        return k
    j += 1
    if j + 1 < len(words) and words[j][0].islower() and _adjective(table, words[j][0]):
        j += 1  # "em nota oficial"
    genitive = j + 2 < len(words) and words[j][0] in GERMAN_GENITIVE_ARTICLES and table.capitalised_nouns
    if genitive and words[j + 2][0] in table.determiners and not is_title(table, words[j + 1][0]):
        j += 2  # "sagte in einer Mitteilung der Polizei ein Sprecher": whose means it is, then the subject
    return j


def _adjective(table: LatinTable, word: str) -> bool:
    """A lower-case word that is no article, preposition or office word (an adjective after the means' noun)."""
    return word not in table.determiners and word not in table.prepositions and not is_title(table, word)


def _place_word(table: LatinTable, word: str) -> bool:
    """A capitalised word that may be part of a place name: no office ("Minister") and no article."""
    return word[:1].isupper() and name_word(table, word) and not is_title(table, word)


def is_place_named(table: LatinTable, who: Who) -> bool:
    """Is the phrase a place as the language writes it ("a Lisboa", "Berlim": where, never who speaks)?"""
    words = who.mention.split(" ")
    if len(words) > 1 and words[0].lower() in table.determiners:
        words = words[1:]
    place, places_there = " ".join(words).casefold(), PLACES_LATIN.get(table.language)
    return places_there is not None and place in places_there  # (Russian, Polish … have no place table)


def setting_before_that(table: LatinTable, text: str, pos: int, e: int) -> int:
    """Where the conjunction of a reported clause stands past a short phrase a preposition opens right after a
    reporting verb (``pos``, the space after it): "aseguró en rueda de prensa que el equipo …", "reconoció tras el
    partido que el arbitraje …", "explicó a este diario que el agua …", "ha insistido en que …"; ``pos`` when none.
    A phrase of words (no comma, no conjunction inside it) then the conjunction; unless the preposition meets the
    conjunction, a subject opens the clause after it (an article, a capitalised word or a subject pronoun): a
    relative clause after the phrase's noun opens with its verb ("en la carta que envió al juez")."""
    m = _PHRASE_RE.match(text, pos, e)
    if m is None or m.group(1).lower() not in table.prepositions:
        return pos
    words = m.group(0).split()
    that = next((k for k, w in enumerate(words) if k and w.lower() in table.that), -1)
    if that < 1 or that > _SETTING_WORDS + 1 or that + 1 >= len(words):
        return pos
    at = pos + len(" ".join(words[:that])) + 1  # (the space before the conjunction)
    if that == 1:
        return at
    first = words[that + 1]
    opens = first.lower() in table.determiners or first.lower() in table.pronouns or first[:1].isupper()
    return at if opens and not any(w.lower() in table.relatives for w in words[1:that]) else pos


_SETTING_WORDS = 5  # words of the phrase after its preposition ("en la rueda de prensa posterior")
_PHRASE_RE = re.compile(r" (\w+)(?: [\w-]+){1,8}")
