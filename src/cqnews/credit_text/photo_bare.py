"""A bare credit closing a caption, with no label before it: a known agency or outlet, a giver's note, a person's
name with an outlet ("Anna Roe/The Ledger", "Anna Roe | The Valley Courier", "Anna Roe for The Ledger").

Split out of :mod:`cqnews.credit_text.photo`, whose tail forms call :func:`bare_credit` on the text after the
caption's last sentence, bar, dash or slash.
"""

from __future__ import annotations

import re

from ..lexicon.bylines import ARTICLE_PARTICLES, ELIDED_ARTICLES
from ..lexicon.credits import COURTESY_WORDS, ELECTED_BODIES, FILE_NOTES, FILE_PHOTO_NOTES
from ..lexicon.en import NAME_PARTICLES, OFFICE_TITLES
from ..lexicon.given_names_en import FEMALE_GIVEN, FEMALE_NAMES, MALE_GIVEN, MALE_NAMES
from ..lexicon.given_names_europe import EUROPE_FEMALE_GIVEN, EUROPE_MALE_GIVEN
from .names import is_name_phrase, looks_like_org, looks_like_person
from .patterns import OUTLET_PHOTO_BY, PHOTO_WORD_SPACE, canonical_org, giver_note
from .photo_parse import (
    FOR_WORD,
    author_photo,
    is_agency,
    known_given,
    names_paper,
    opens_with_article,
    person_then_photo,
    unquoted,
    worded_agency,
    worded_keeper,
    worded_person,
)

__all__ = ["bare_credit", "named_before_bar"]


_ORG_COLON_PERSON = re.compile(r"^[A-Z][\w'’&. -]{1,60}:\s*[A-Z][^:;]{1,40}(?:,\s*\S+@\S+)?$")


def bare_credit(tail: str) -> bool:
    """Does ``tail``, the text after a caption's last sentence, bar, dash or slash, read as a credit by itself: a
    known agency or outlet ("Reuters"), a giver's note ("Handout"), a file note ("File photo"), a photo word and a
    name ("PHOTO MARIA ORTIZ"), a name in capitals alone ("MARIA ORTIZ"), an organisation and its photographer
    ("Fairmont Lodge: Jacob Sjöman"), a chain of names and agencies ("Anna Roe/The Ledger", "REUTERS/Anna Roe/File
    Photo") a name for an outlet ("Anna Roe for The Ledger") or a name and a photo word ("Dana Whitfield photo")?"""
    # (a giver word alone, "Supplied", "Handout", is in the organisation table; a file note alone is a credit note)
    # ("… в субботу. Фото автора": the article's author took it, author_photo)
    if (
        canonical_org(tail)
        or worded_agency(tail)
        or worded_keeper(tail)  # "… lundi. (Photo archives Le Courrier)"
        or giver_note(tail)
        or tail.casefold() in FILE_PHOTO_NOTES
        or (tail[:1].isupper() and tail.casefold() in COURTESY_WORDS)  # "… este martes. Cortesía", as "(Cortesía)"
        or author_photo(tail)
        or _outlet_photo(tail)  # "… on Tuesday. Lakeside Sentinel file photo", "… (Valley Times photo)"
    ):
        return True
    outlet_photo = OUTLET_PHOTO_BY.match(tail)
    if outlet_photo:  # "… morning. Valley Times photo by Anna Roe", as in a bracket ("(Express photo by Ravi Kumar)")
        return is_name_phrase(tail[outlet_photo.end() :])
    # "… PHOTO MARIA ORTIZ", "… MARIA ORTIZ", "… Dana Whitfield photo", "… Dana Whitfield, The Valley Courier"
    if worded_person(tail) or _capitals_name(tail) or person_then_photo(tail) or _taker_comma_outlet(tail):
        return True
    if _ORG_COLON_PERSON.match(tail):  # "Fairmont Jasper Park Lodge: Jacob Sjöman, jacob@sjomanart.com"
        org, _, person = tail.partition(":")
        return is_name_phrase(org) and looks_like_person(person.split(",")[0].strip())
    worded = PHOTO_WORD_SPACE.match(tail)
    # "Photo Marie Roe pour Libération"; not the agency that opens with a photo word ("picture alliance/dpa")
    if worded and ("/" in tail or FOR_WORD.search(tail)) and not is_agency(re.split(r"\s*/", tail, maxsplit=1)[0]):
        tail = tail[worded.end() :]
    if "/" in tail or " via " in tail or " | " in tail:  # ("Mark Hill | The Valley Times": a bar parts like a slash)
        return _credit_chain(tail, worded is not None)
    return _name_for_outlet(tail)


def _credit_chain(tail: str, worded: bool) -> bool:
    """Is ``tail``, parted by slashes, "via" or bars (a photo word that opened it cut off, ``worded``), a chain of
    names and agencies that names an outlet or a taker and an outlet ("Anna Roe/The Ledger", "REUTERS/Anna Roe/File
    Photo", "Mark Hill | The Valley Times")?"""
    raw_parts = [p.strip() for p in re.split(r"/|\s\|\s|\s+via\s+", tail)]
    if len(raw_parts) > 1 and raw_parts[-1].casefold() in FILE_NOTES:
        raw_parts.pop()  # "REUTERS/Anna Roe/File Photo", "REUTERS/File Photo": the closing note names no one
    parts = [unquoted(p) for p in raw_parts]
    return all(p and len(p.split()) <= 6 and (is_name_phrase(p) or is_agency(p)) for p in parts) and (
        any(_outlet_part(p) or p != raw for p, raw in zip(parts, raw_parts, strict=True))
        or _taker_and_outlet(parts)
    ) or (worded and _outlet_then_taker(parts))  # a quoted part is a publication's name: "« LE MONDE »"


def _name_for_outlet(tail: str) -> bool:
    """Is ``tail`` a person's name, "for" and an outlet's ("Anna Roe for The Ledger"), not a campaign's sign ("Anna
    Roe for Mayor")?"""
    found = FOR_WORD.search(tail)
    if found is None:
        return False
    outlet = unquoted(tail[found.end() :])
    if outlet.casefold() in _SEATS:
        return False  # a campaign's sign, not an outlet: "Anna Roe for Mayor", "Ben Poe for Congress"
    return bool(outlet) and looks_like_person(tail[: found.start()].strip()) and is_name_phrase(outlet)


_SEATS = OFFICE_TITLES | ELECTED_BODIES
_GIVEN = FEMALE_GIVEN | FEMALE_NAMES | MALE_GIVEN | MALE_NAMES | EUROPE_FEMALE_GIVEN | EUROPE_MALE_GIVEN
_MAX_CAPITALS_NAME = 4


def _capitals_name(tail: str) -> bool:
    """A person's name in capitals alone after the caption's last sentence ("… on Tuesday morning. MARIA ORTIZ"), as
    papers set the taker's name: two to four words in capitals, the first a known given name (capitals alone
    tell no name from a place: "NEW YORK CITY"), the whole a person's name."""
    words = tail.split()
    if not 2 <= len(words) <= _MAX_CAPITALS_NAME or not tail.isupper() or words[0].casefold() not in _GIVEN:
        return False
    return looks_like_person(tail)


# Capitalised words, a file note or none, and a photo word ("Lakeside Sentinel photo", "Harbour Trust file photo").
_NAMED_PHOTO = re.compile(r"^(?P<outlet>[A-Z][^\s/|]*(?:\s[^\s/|]+){0,4}?)\s(?P<file>(?i:file)\s)?(?i:photo|image)s?$")


def _outlet_photo(tail: str) -> bool:
    """An outlet's photo after the caption's last sentence, no label ("… Lakeside Sentinel photo", "… Harbour Trust
    file photo", "… Reuters file photo"): a known agency, or capitalised words an organisation's word names
    ("Sentinel", "Trust"), or any capitalised words before a file note, which only a credit writes ("Ashdown Family
    file photo"). A person's is person_then_photo's; a thing's without a file note ("Harbour Crane photo") stays
    caption text."""
    found = _NAMED_PHOTO.match(tail)
    if found is None:
        return False
    outlet = found.group("outlet")
    if " " not in outlet:  # one word: a known agency ("Reuters file photo"), not any word ("Archive file photo")
        return canonical_org(outlet) is not None
    return is_name_phrase(outlet) and (looks_like_org(outlet) or found.group("file") is not None)


def _taker_and_outlet(parts: list[str]) -> bool:
    """A person's name and then a named outlet the tables do not know ("Anna Roe/The Ledger", "Anna Roe | The
    Valley Courier"): two parts, the first a person's, the second of capitalised words that is none."""
    return len(parts) == 2 and looks_like_person(parts[0]) and not looks_like_person(parts[1])


def _outlet_part(part: str) -> bool:
    """A part of a chain that names an organisation, an agency or a paper ("Harian Teluk", "Harzer Bote")."""
    return looks_like_org(part) or is_agency(part) or names_paper(part)


def _taker_comma_outlet(tail: str) -> bool:
    """A person's name, a comma and the outlet, no label, after the caption's last sentence ("… Saturday. Dana
    Whitfield, The Valley Courier", "… Tom Reyes, Le Courrier de l'Ouest"): the outlet a word of an organisation
    names ("Courier", "Gazette"), or opening with an article after a name opening with a known given name."""
    name, comma, outlet = tail.partition(", ")
    if not comma or "," in outlet or not 2 <= len(name.split()) <= _MAX_CAPITALS_NAME:
        return False
    if not looks_like_person(name) or looks_like_org(name) or not _outlet_words(outlet):
        return False
    return looks_like_org(outlet) or (known_given(name) and opens_with_article(outlet))


def _outlet_words(outlet: str) -> bool:
    """Capitalised words of an outlet's name, particles and elided articles between them (six at most)."""
    words = outlet.split()
    return 0 < len(words) <= _MAX_OUTLET_WORDS and words[0][:1].isupper() and all(map(_outlet_word, words))


_MAX_OUTLET_WORDS = 6


def _outlet_then_taker(parts: list[str]) -> bool:
    """After a photo word, an outlet's name and then its photographer ("Photo Le Courrier de l'Ouest / Marie
    Dubois", "Foto Diario del Valle / Marta Ruiz"): two parts, the last a person's name opening with a known given
    name, the first capitalised words (particles and elided articles between them) opening with none."""
    if len(parts) != 2 or not known_given(parts[1]) or known_given(parts[0]) or not looks_like_person(parts[1]):
        return False
    return _outlet_words(parts[0])


def _outlet_word(word: str) -> bool:
    low = word.casefold()
    if low.startswith(ELIDED_ARTICLES):
        word = word[2:]
    return word[:1].isupper() or low in NAME_PARTICLES or low in ARTICLE_PARTICLES


def named_before_bar(text: str, bar: int) -> tuple[int, str] | None:
    """The taker's name written between the caption's last sentence and the bar before the agency ("… morning.
    Anna Roe | Getty Images"): the whole "Anna Roe | Getty Images" is the credit, not the agency alone."""
    cut = text.rfind(". ", 0, bar)
    named = text[cut + 2 : bar].strip() if cut >= 0 else ""
    if named and len(named.split()) <= 4 and " | " not in named and looks_like_person(named):
        return cut + 2, text[cut + 2 :].strip()
    return None
