"""A photo word written before a credit without a colon ("Foto ANSA", "Photo Marie Dubois", "PHOTO MARIA ORTIZ",
"Фото Ивана Петрова", "Photo Le Courrier de l'Ouest / Marie Dubois") and the given names that tell a person's name
after it; :mod:`.photo_parse` and :mod:`.photo_bare` read credits with them.
"""

from __future__ import annotations

import re

from ..lexicon.credits import ARCHIVE_WORDS, AUTHOR_PHOTO_WORDS, DESCRIPTION_ARTICLES, PHOTO_WORDS
from ..lexicon.given_names_en import FEMALE_GIVEN, FEMALE_NAMES, MALE_GIVEN, MALE_NAMES
from ..lexicon.given_names_europe import EUROPE_FEMALE_GIVEN, EUROPE_MALE_GIVEN
from ..text import fold_accents
from .names import is_name_phrase, looks_like_org, looks_like_person, person_shaped
from .patterns import CREDIT_PREFIX, PHOTO_WORD_SPACE, UNCASED_LABEL_SPACE, canonical_org

__all__ = [
    "author_photo",
    "is_agency",
    "known_given",
    "without_photo_word",
    "worded_agency",
    "worded_keeper",
    "worded_person",
]


_GIVEN = FEMALE_GIVEN | FEMALE_NAMES | MALE_GIVEN | MALE_NAMES | EUROPE_FEMALE_GIVEN | EUROPE_MALE_GIVEN


def known_given(name: str) -> bool:
    """The first word of ``name`` is a given name of the tables ("Marie", "Jürgen": compared without accents), or
    the name has a shape only a person's has (names.person_shaped: "Tamsin Achebe-Lund", "Siobhan O'Dwyer", "Nguyễn
    Văn An")."""
    first = name.split(" ")[0].casefold()
    return first in _GIVEN or fold_accents(first) in _GIVEN or person_shaped(name)


def worded_agency(text: str) -> str | None:
    """The agency of a photo word and an agency without a colon ("Foto ANSA" -> "ANSA"), else None."""
    word = PHOTO_WORD_SPACE.match(text)
    rest = text[word.end() :] if word else ""
    return rest if rest and canonical_org(rest) else None


def author_photo(text: str) -> bool:
    """A photo word and the word for "the author's" ("Фото автора", "Фото: автора", lexicon.credits.AUTHOR_PHOTO_WORDS)
    alone: the article's author took the picture, a credit naming no one."""
    word = PHOTO_WORD_SPACE.match(text) or CREDIT_PREFIX.match(text)
    return word is not None and word.end() > 0 and text[word.end() :].strip(" .").casefold() in AUTHOR_PHOTO_WORDS


def worded_person(text: str) -> str | None:
    """The name of a photo word and a person's name without a colon, all in capitals ("PHOTO MARIA ORTIZ" ->
    "MARIA ORTIZ") or opening with a known given name ("foto Paolo Bianchi", "Photo Marie Dubois", as Italian and
    French papers write it) or, after a Cyrillic photo word, of two or three capitalised Cyrillic words ("Фото Ивана
    Петрова"), else None: written so, the line is a credit; "Photo Finish" in mixed case is a name of a thing."""
    word = PHOTO_WORD_SPACE.match(text)
    uncased = None if word else UNCASED_LABEL_SPACE.match(text)  # ("تصوير أحمد علي": no capitals, the label tells)
    rest = text[word.end() :] if word else text[uncased.end() :] if uncased else ""
    cyrillic = word is not None and _CYRILLIC_NAME.match(text) is not None
    told = text.isupper() or known_given(rest) or cyrillic or uncased is not None
    return rest if rest and told and looks_like_person(rest) else None


# A Cyrillic photo word and a name of two or three capitalised Cyrillic words, nothing else ("Фото Ивана Петрова",
# "Фото Олени Коваль", "Фото Иван Петров"): the languages of that script write the photographer right after the
# word, the genitive saying "by" (or the name as written), so the form is a credit whatever given name it opens with;
# a place or a thing after it is one word, or not capitalised throughout ("Фото Красной площади").
_CYRILLIC_WORD = "[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ]+)?"
_CYRILLIC_NAME = re.compile(r"^(?i:[а-яёіїєґ]+)\s+" + _CYRILLIC_WORD + r"(?:\s+" + _CYRILLIC_WORD + "){1,2}$")


def without_photo_word(body: str) -> str:
    """A credit chain without the photo word written before it with no colon ("Photo Le Courrier de l'Ouest / Marie
    Dubois", "Photo Marie Dubois / Ouest-France"), as bare_credit reads it; an agency opening with a photo word stays
    whole ("picture alliance/dpa")."""
    worded = PHOTO_WORD_SPACE.match(body)
    if worded is None or "/" not in body or is_agency(re.split(r"\s*/", body, maxsplit=1)[0]):
        return body
    return body[worded.end() :]


def is_agency(part: str) -> bool:
    """A known agency as written in a credit chain, lower case too: "dpa", "dpa-Zentralbild", "picture alliance"."""
    return bool(canonical_org(part) or canonical_org(part.split("-", 1)[0]))


# A photo word, perhaps an archive word after it, before the keeper's name ("Photo archives Le Courrier", "Photo
# d'archives Le Courrier", "Foto archivio La Nazione"; lexicon.credits.ARCHIVE_WORDS, the longer first).
_ARCHIVE = "|".join(sorted(map(re.escape, ARCHIVE_WORDS), key=len, reverse=True))
_PHOTO_ARCHIVE = re.compile(
    r"^(?:(?i:photos?|" + "|".join(PHOTO_WORDS) + r")\s+)?(?P<archive>(?i:" + _ARCHIVE + r"))\s+"
)


def worded_keeper(text: str) -> str | None:
    """The outlet a photo word without a colon stands before when an archive word or an article opens the outlet's
    name ("Photo archives Le Courrier", "Photo d'archives Le Courrier", "Photo Le Courrier" -> "Le Courrier"), else
    None: the photo word and the archive word are no part of the name. An article must open the name when no
    archive word does ("Photo Finish" is the name of a thing)."""
    archive = _PHOTO_ARCHIVE.match(text)
    word = None if archive else PHOTO_WORD_SPACE.match(text)
    if archive is None and word is None:
        return None
    rest = text[(archive or word).end() :]  # type: ignore[union-attr]
    first = rest.split(" ", 1)[0]
    opened = first[:1].isupper() and first.casefold() in DESCRIPTION_ARTICLES and " " in rest
    kept = archive is not None and bool(canonical_org(rest) or looks_like_org(rest))  # "Foto archivio Ansa"
    if is_name_phrase(rest) and (opened or kept):
        return rest
    return _archive_named(text, archive)


def _archive_named(text: str, archive: re.Match[str] | None) -> str | None:
    """An archive whose own name opens with the archive word in capitals, after the photo word ("Photo Archives
    Nationales" -> "Archives Nationales", as "Archives Nationales" alone in a chain is read): the photo word is no
    part of the name."""
    if archive is None or not archive.group("archive")[:1].isupper():
        return None
    named = text[archive.start("archive") :]
    rest = text[archive.end() :]
    return named if rest[:1].isupper() and is_name_phrase(rest) else None
