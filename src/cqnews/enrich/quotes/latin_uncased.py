"""The speaker phrase in a script with no capitals (Hebrew, Arabic: ``LatinTable.uncased``).

The other readers of :mod:`.latin_phrases` find a name by its capitals; here a phrase is read by where its words
stand, after a verb of saying as these languages put it ("«…»، قال وزير الخارجية أحمد علي", "„…“, אמר ראש המועצה
יוסי מזרחי"): first a pronoun alone ("قال هو"), else an office whose last word takes the article (the article joined
to its noun: "الوزير", "وزير الخارجية", "ראש המועצה", "המהנדסת"), then a name of up to three words, ended by a
preposition or a word of time of the table, a mark or the sentence's end. An office with no name after it is a
description ("הוסיף הדובר"); a noun of someone not named opening the phrase is one too ("قال مسؤول كبير"). A name's
word that the next one belongs to ("عبد الله", "أبو الحسن") opens a name, never an office.
"""

from __future__ import annotations

from ...lexicon.punctuation import ARABIC_COMMA
from ...lexicon.quotes_latin import LatinTable
from ..speakers.phrases import Who
from .latin_words import phrase_words

__all__ = ["told_after", "uncased_before", "uncased_subject"]

_NAME_WORDS = 3  # the longest name read ("محمد بن سلمان"; "יוסי מזרחי")
_TIME_WORDS = 2  # time words or adverbs stepped over after the verb ("אמר הבוקר גם …")
_COMPLEMENT_WORDS = 2  # words between an office's head and the word with the article that ends it


def uncased_subject(table: LatinTable, words: list[tuple[str, int]]) -> Who | None:
    """The speaker phrase that opens ``words`` (the words of a phrase, :func:`.latin_words.phrase_words`)."""
    lead = 0
    while lead < min(len(words) - 1, _TIME_WORDS) and words[lead][0] in table.day_words:
        lead += 1  # "אמר אתמול יוסי לוי", "وقال أمس أحمد علي": a time before the subject
    words = words[lead:]
    if not words:
        return None
    first, at = words[0]
    if first in table.pronouns:
        return Who(first, "pronoun", start=at, gender=table.pronouns[first])
    cut = next((k for k, (w, _) in enumerate(words) if w in table.prepositions or _prefixed(table, w)), len(words))
    words = words[:cut]
    if not words:
        return None
    k = _office_end(table, words)
    role = " ".join(w for w, _ in words[:k])
    rest = [w for w, _ in words[k:]]
    name = _name(table, rest)
    if len(rest) == len(name) + 1 and _fourth_name_part(table, rest[-1]):
        name = rest  # "قال محمد أحمد علي حسن.": a four-part name ends the phrase
    if not name:
        return Who(role, "desc", role=role, start=at) if role else None
    if not role and name[0] in table.unnamed_nouns:  # "قال مسؤول كبير", "אמר גורם בכיר"
        phrase = " ".join(name)
        return Who(phrase, "desc", role=phrase, start=at, fresh=True)
    if not role and len(name) > 1 and name[0] in table.titles:  # an office and its complement: "אמר ראש עיריית חיפה"
        phrase = " ".join(name)
        return Who(phrase, "desc", role=phrase, start=at)
    return Who(" ".join(name), "person", role=role or None, start=at)


def uncased_before(table: LatinTable, text: str, s: int, verb: int) -> Who | None:
    """The subject of the clause [s, verb) that a verb of saying ends ("ראש המועצה יוסי מזרחי אמר:", "المهندسة ليلى
    حسن قالت:"): the phrase of the whole clause, from its last comma, when it reaches the verb; else None."""
    lo = max(s, text.rfind(",", s, verb) + 1, text.rfind(ARABIC_COMMA, s, verb) + 1)
    words = phrase_words(table, text, lo, verb)
    if not words or text[words[-1][1] + len(words[-1][0]) : verb].strip():
        return None
    return uncased_subject(table, words)


def told_after(table: LatinTable, text: str, who: Who, end: int) -> bool:
    """After the speaker phrase ``who`` read after the verb, do only the words of whom it was told stand before
    ``end`` (a colon): a preposition of the table, then a few words ("وقال الطبيب سامي حداد لوكالة الأنباء:",
    "אמר יוסי מזרחי לכתב שלנו:")?"""
    if not table.uncased:
        return False
    at = who.start
    for word in who.mention.split(" "):
        found = text.find(word, at, end)
        if found < 0:
            return False
        at = found + len(word)
    rest = text[at:end].split()
    told = 0 < len(rest) <= _TOLD_WORDS and (rest[0] in table.prepositions or _prefixed(table, rest[0]))
    return told and not any(c in text[at:end] for c in ",.")


_TOLD_WORDS = 4  # the words of a listener before a colon ("لوكالة الأنباء الرسمية")


def _office_end(table: LatinTable, words: list[tuple[str, int]]) -> int:
    """How many words open ``words`` as an office: words with the article ("الوزير", "المهندسة"), and an office's
    head with its complement up to the word with the article ("وزير الخارجية", "رئيس بلدية المدينة", "ראש
    המועצה"). Not a name's linking word ("عبد الله") nor a given name before a surname with the article ("أحمد
    الخطيب": "أحمد" is no office)."""
    k = 0
    while k < len(words):
        word = words[k][0]
        if word in table.name_links:
            break
        if _articled(table, word) and not (k and words[k - 1][0] in table.name_links) or _abbreviated(table, word):
            k += 1
            continue
        if _stem(table, word) not in table.titles:
            break
        ahead = next(
            (j for j in range(k + 1, min(len(words), k + 2 + _COMPLEMENT_WORDS)) if _articled(table, words[j][0])),
            None,
        )
        if ahead is None:
            return _unmarked_complement_end(table, words, k)
        k = ahead + 1
    return k


def _unmarked_complement_end(table: LatinTable, words: list[tuple[str, int]], head: int) -> int:
    """Where an office's head whose complement takes no article (a place's name: "ראש עיריית חיפה יונה יהב",
    "رئيس بلدية حيفا سمير خوري") ends, the name being the last two words (a name's linking word before them
    taking in the word before it, "محمد بن عبد الرحمن"): after one or two words of complement; ``head`` (no
    office) for another phrase."""
    start = len(words) - 2
    while start - 2 > head and words[start - 1][0] in table.name_links:
        start -= 2
    return start if 1 <= start - head - 1 <= _COMPLEMENT_WORDS else head


def _name(table: LatinTable, words: list[str]) -> list[str]:
    """The name that opens ``words``: up to three words, a linking word and the word after it counting as one ("محمد
    عبد الله السيد", read "محمد عبد الله" before), ended by an office word with the article ("أحمد علي المتحدث باسم
    …")."""
    out: list[str] = []
    parts = 0
    for word in words:
        if out and _articled(table, word) and _stem(table, word) in table.titles:
            break
        linked = bool(out) and out[-1] in table.name_links
        if not linked and parts == _NAME_WORDS:
            break
        parts += not linked
        out.append(word)
    return out


def _fourth_name_part(table: LatinTable, word: str) -> bool:
    """May ``word``, the one word left after a name of three parts that ends its phrase, be the name's fourth part
    (given name, father's, grandfather's and family name: "محمد أحمد علي حسن")? Where the table links a name's words
    (Arabic writes such names), a word that is no office, no noun of someone unnamed and no adverb (an accusative
    ending in alif: "مجددا", "غاضبا")."""
    if not table.name_links or word.endswith(_ADVERB_ENDINGS) or _articled(table, word):
        return False
    return _stem(table, word) not in table.titles and word not in table.unnamed_nouns


_ADVERB_ENDINGS = ("ا", "اً")


def _prefixed(table: LatinTable, word: str) -> bool:
    """Does ``word`` open with a preposition joined to the article ("للسكان", "بالنيابة"), a letter at least after
    it: a listener or an adverbial, never a name's word?"""
    return any(word.startswith(p) and len(word) > len(p) + 1 for p in table.preposition_prefixes)


def _abbreviated(table: LatinTable, word: str) -> bool:
    """Is ``word`` a title of the table written short with gershayim or geresh ("ד״ר", "עו״ד", "פרופ׳"), an office
    by itself, as a word with the article is?"""
    typed = word.replace('"', _GERSHAYIM)  # (the gershayim typed as a straight double mark, "ד"ר")
    return typed in table.titles and any(c in typed for c in _ABBREVIATION_MARKS)


_GERSHAYIM = "\u05f4"
_ABBREVIATION_MARKS = ("\u05f3", _GERSHAYIM)  # geresh, gershayim


def _articled(table: LatinTable, word: str) -> bool:
    """Does ``word`` carry the article joined to it ("الوزير", "המועצה"), a letter at least after it?"""
    return any(word.startswith(p) and len(word) > len(p) + 1 for p in table.article_prefixes)


def _stem(table: LatinTable, word: str) -> str:
    """``word`` without the article joined to it ("الوزير" → "وزير")."""
    for prefix in table.article_prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix) :]
    return word
