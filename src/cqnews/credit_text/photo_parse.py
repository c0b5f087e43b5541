"""Parsing one photo credit into :class:`~cqnews.models.Credit` objects: its keywords stripped, its chain
("iChongqing/Truman PENG", "Anna Roe/AFP via Getty Images", "Marie Roe pour « Le Monde »") cut into people and
organisations. :func:`parse_photo_credit` is the entry point; :mod:`.photo` finds credits inside captions;
:func:`is_strong_credit` tells a credit by its form alone.
"""

from __future__ import annotations

import re

from ..lexicon.bylines import ARTICLE_PARTICLES
from ..lexicon.credits import (
    ARCHIVE_PICTURE_WORDS,
    ARCHIVE_WORDS,
    CHAIN_ARCHIVE_NOTES,
    COURTESY_WORDS,
    CREDIT_ABBREVIATIONS,
    CREDIT_LEAD_MARKS,
    DESCRIPTION_ARTICLES,
    FILE_NOTES,
    INDEFINITE_GIVER_ARTICLES,
    NEWSPAPER_WORDS,
    PHOTO_GIVER_WORDS,
    PHOTO_KIND_WORDS,
    PHOTO_SITE_WORDS,
    PHOTOGRAPHER_TITLE_KINDS,
    PHOTOGRAPHER_TITLES,
    PUBLICATION_QUOTES,
    RIGHTS_RESERVED,
    SCREEN_GRAB_NOTES,
)
from ..lexicon.letters import CAPITAL_LETTER
from ..models import Credit, CreditRole
from ..text import HAN_RE, normalize_space
from .names import (
    EMAIL_URL,
    dedupe_credits,
    is_name_phrase,
    looks_like_org,
    looks_like_person,
    normalize_person_name,
    org_name,
    split_people,
    strip_wrapping,
    thai_person,
)
from .patterns import (
    CREDIT_PREFIX,
    OUTLET_PHOTO_BY,
    PHOTO_WORD_SPACE,
    canonical_org,
    giver_note,
)
from .photo_ko import HANGUL, ko_credits
from .photo_worded import (
    author_photo,
    is_agency,
    known_given,
    without_photo_word,
    worded_agency,
    worded_keeper,
    worded_person,
)
from .photo_zh import is_zh_credit, zh_photo_credits

__all__ = [
    "FOR_WORD",
    "MAX_CREDIT_CHARS",
    "author_photo",
    "credits_from_body",
    "is_agency",
    "is_strong_credit",
    "known_given",
    "names_paper",
    "opens_with_article",
    "parse_photo_credit",
    "person_then_photo",
    "unquoted",
    "worded_agency",
    "worded_keeper",
    "worded_person",
]

# "for" before the outlet a photographer worked for, in the languages of the tables ("Marie Roe pour « Le Monde »",
# "Anna Roe für die Zeit" is a sentence: the outlet must be a capitalised phrase).
FOR_WORD = re.compile(r"(?<!\s)\s+(?i:for|pour|für|para|voor|för)\s+")


def unquoted(part: str) -> str:
    """A credit part without the quotation marks around a publication's name ("« LE MONDE »" -> "LE MONDE")."""
    return part.strip().strip("«»\"“”„‹›").strip()


MAX_CREDIT_CHARS = 160


def credits_from_body(body: str, raw: str, role: CreditRole = CreditRole.PHOTOGRAPHER) -> list[Credit]:
    """Turn a credit without its brackets ("iChongqing/Truman PENG") into Credit objects."""
    body = strip_wrapping(normalize_space(body))
    giver = giver_note(body)
    if giver:  # "Courtesy photo": the giver, not "photo" after the keyword "Courtesy"
        return [Credit(role=role, organization=giver, raw=raw)]
    if author_photo(body):  # "Фото автора": the article's author took it, no name written
        return [Credit(role=role, raw=raw)]
    body, role = _without_keywords(_outlet_last(body), role)
    body = _RIGHTS.sub("", body).strip(" ;,.:-|–—＝")
    body = _past_documentation(body)
    if not body or len(body) > MAX_CREDIT_CHARS or _described(body):
        return []
    if _unnamed_giver(body):  # "Photo: a reader": someone gave it, no name and no organisation written
        return [Credit(role=role, raw=raw)]
    if HAN_RE.search(body):
        return zh_photo_credits(body.lstrip(CREDIT_LEAD_MARKS), raw, role)
    korean = ko_credits(body, raw, role) if HANGUL.search(body) else None
    if korean is not None:
        return korean
    credits: list[Credit] = []
    for group in re.split(r"\s*;\s*", body):
        if group.strip():
            credits.extend(_group_credits(_credit_chain(group.strip()), role, raw))
    return dedupe_credits(credits)


def _past_documentation(body: str) -> str:
    """``body`` past a credit's abbreviation opening it before a capitalised giver of two words or more or a known
    outlet ("Dok. Humas Pemkot", "Dok ANTARA": documentation of, lexicon.credits.CREDIT_ABBREVIATIONS), no part of
    the giver's name. Before one word no table knows it stays ("Dok. Pribadi": personal documentation)."""
    first, _, rest = body.partition(" ")
    rest = rest.strip()
    if first.rstrip(".").casefold() in CREDIT_ABBREVIATIONS and rest[:1].isupper():
        return rest if " " in rest or canonical_org(rest) else body
    return body


_MIN_DESCRIPTION_WORDS = 4


def _described(body: str) -> bool:
    """A lower-case noun phrase opening with an article, an article and three words or more ("Photo: the new park
    plan.", "Foto: la nueva plaza del centro"): what the picture shows, no giver (lexicon.credits.
    DESCRIPTION_ARTICLES); "the family", "the author" may give a picture."""
    words = body.split()
    return (
        len(words) >= _MIN_DESCRIPTION_WORDS
        and words[0] in DESCRIPTION_ARTICLES
        and all(word[:1].islower() for word in words)
    )


def _unnamed_giver(body: str) -> bool:
    """A lower-case noun phrase opening with an indefinite article, shorter than a description ("a reader", "a local
    resident", "un lecteur"; lexicon.credits.INDEFINITE_GIVER_ARTICLES): someone not named gave the picture, no
    person's name nor an organisation's. "the family", "the author" point at a giver the story knows and stay."""
    words = body.split()
    return len(words) > 1 and words[0] in INDEFINITE_GIVER_ARTICLES and all(word[:1].islower() for word in words)


def _outlet_last(body: str) -> str:
    """ "Express photo by Ravi Kumar" written as the chain "Ravi Kumar/Express" (a kind word before the photo word,
    "Staff photo by …", is a keyword, not an outlet)."""
    match = OUTLET_PHOTO_BY.match(body)
    if match is None or CREDIT_PREFIX.match(body):
        return body
    return f"{body[match.end() :]}/{match.group('outlet')}"


def _without_keywords(body: str, role: CreditRole) -> tuple[str, CreditRole]:
    """Strip up to three credit keywords ("Photo: ©Reuters", "Image credit: Courtesy of X"); they may set the role."""
    for _ in range(3):
        match = CREDIT_PREFIX.match(body)
        if not match or match.end() == 0:
            break
        keyword = match.group(0).casefold()
        if keyword.startswith("source"):
            role = CreditRole.SOURCE
        elif keyword.startswith(("illustration", "graphic", "artwork")):
            role = CreditRole.CONTRIBUTOR
        body = _YEAR.sub("", body[match.end() :].strip(), count=1)  # "© 2024 Anna Roe": the year is no name
        if keyword.startswith(COURTESY_WORDS):  # "Gentileza Gera Gentileza": the word again after the giver
            body = _COURTESY_AGAIN.sub("", body)
    agency = worded_agency(body) or worded_person(body) or worded_keeper(body)
    return (agency or without_photo_word(body)), role


_YEAR = re.compile(r"^(?:19|20)\d\d\b[\s,]*")
_COURTESY_AGAIN = re.compile(r"(?<=\S)\s+(?i:" + "|".join(COURTESY_WORDS) + r")$")

# "… Alle Rechte vorbehalten", "…. All rights reserved.": the notice after the holder's name
_RIGHTS = re.compile(r"(?<![\s.,;:–—-])[\s.,;:–—-]*+\b(?:" + "|".join(RIGHTS_RESERVED) + r")\W*$", re.IGNORECASE)


# (read from a run's first blank only: started at every blank of a run, quadratic in the run; same matches)
_VIA = re.compile(r"(?<!\s)\s+via\s+")
_VIA_CAPITALS = re.compile(r"(?<!\s)\s+VIA\s+")


def _credit_chain(group: str) -> list[str]:
    """The segments of one credit: "iChongqing/Truman PENG", "Fairmont Lodge: Jacob Sjöman", "A for Org", "X via Y"."""
    chain: list[str] = []
    # "MARIA ORTIZ/AFP VIA GETTY IMAGES": a credit all in capitals writes "via" so ("VIA Rail" in mixed case is a name)
    main, *distributors = (_VIA_CAPITALS if group.isupper() else _VIA).split(group)
    for part in re.split(r"/|:\s|\s\|\s", main):  # "dpa | Jan Woitas": a bar parts a credit like a slash
        part = part.strip()
        if not part:
            continue
        found = FOR_WORD.search(part)  # "Tara Atkinson for Rest of World", "Marie Roe pour « Le Monde »"
        person = part[: found.start()] if found else ""
        worded = PHOTO_WORD_SPACE.match(person)
        if worded and looks_like_person(person[worded.end() :]):  # "Photo Marie Roe pour Libération"
            person = person[worded.end() :]
        if found and looks_like_person(person):
            chain.extend([person, unquoted(part[found.end() :])])
        else:
            chain.extend(_person_on_site(unquoted(part)))
    # "Anna Roe via X / Reuters": the distributors are a chain of their own
    chain.extend(d.strip() for distributor in distributors for d in re.split(r"/|\s\|\s", distributor) if d.strip())
    if len(chain) > 1 and _PHOTOGRAPHER_TITLE.fullmatch(chain[-1].casefold()):
        chain.pop()  # "Anna Roe/Staff Photographer": the taker's title, no organisation
    elif len(chain) > 2 and _editor_initials(chain[-1]) and looks_like_person(chain[-2]):
        chain.pop()  # "ANTARA FOTO/Budi Santoso/foc.": the initials of the desk editor who filed it, no one to credit
    return chain


_PHOTOGRAPHER_TITLE = re.compile(
    rf"(?:(?:{'|'.join(PHOTOGRAPHER_TITLE_KINDS)})\s+)?(?:{'|'.join(PHOTOGRAPHER_TITLES)})"
)

# Lower-case initials after the photographer ending a credit chain of three parts or more ("ANTARA FOTO/Budi
# Santoso/foc."); "dpa" is an agency.
_EDITOR_INITIALS = re.compile(r"[a-z]{2,4}")


def _editor_initials(part: str) -> bool:
    return bool(_EDITOR_INITIALS.fullmatch(part)) and not canonical_org(part)


_ON_SITE = re.compile(r"(?<!\s)\s++(?:" + "|".join(PHOTO_SITE_WORDS) + r")\s++(?=\S)")


def _person_on_site(part: str) -> list[str]:
    """A photographer and the picture site named after "on"/"from" ("Anna Roe on Unsplash" -> "Anna Roe", "Unsplash"),
    when the site is a known organisation; else the part as it is."""
    found = _ON_SITE.search(part)
    if found is None:
        return [part]
    person, site = part[: found.start()], part[found.end() :]
    return [person, site] if canonical_org(site) and looks_like_person(person) else [part]


# A wire service's routing note after the credit ("Anna Roe/dpa +++ dpa-Bildfunk +++") and the kind of picture
# in brackets after a name ("Anna Roe (Archivbild)"): no one to credit.
_WIRE_NOTE = re.compile(r"(?<!\s)\s*+\+{3}[^+]{1,60}\+{3}$")
_KIND_AFTER = re.compile(r"(?<!\s)\s*+[(\[]\s*(?i:" + "|".join(re.escape(w) for w in ARCHIVE_WORDS) + r")\s*[)\]]$")
# How many of the pictures a credit covers, in brackets after it ("Fotos: dpa (2), AFP", "Anna Roe (3x)"):
# no part of a name.
_PICTURE_COUNT = re.compile(r"(?<!\s)\s*+\(\s*\d{1,2}\s*[x×]?\s*\)$")

# A date alone as a piece of a credit ("12.03.2024", "2024-03-12", "3/12/2024").
_DATE_PIECE = re.compile(r"^(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$")


# An agency and the photo word after it ("ANTARA FOTO", "Xinhua Photo", "ANSA Foto"): the agency.
_AGENCY_PHOTO = re.compile(r"^(.{2,40}?)\s+(?i:photos?|fotos?)$")


# An archive word opening a giver's name, then capitalised words ("Foto: Archivio Ansa", "Foto: Archivo El Diario del
# Lago"): the keeper's archive, the keeper the credit.
_ARCHIVE_OPENING = re.compile(
    r"^(?i:" + "|".join(sorted(map(re.escape, ARCHIVE_WORDS), key=len, reverse=True)) + r")\s+"
    r"(?=" + CAPITAL_LETTER + ")"
)


def _past_archive_word(piece: str) -> str:
    """``piece`` without an archive word opening it before an outlet's or a body's name ("Archivio Ansa" -> "Ansa",
    "Archivo El Diario del Lago" -> "El Diario del Lago"): a known one, an organisation's shape or a name opening with
    an article, or a person's ("Archivio Marco Rossi"). Other words after it stay ("Archives Nationales", "Archive
    Photos": the archive's own name)."""
    opening = _ARCHIVE_OPENING.match(piece)
    if opening is None:
        return piece
    rest = piece[opening.end() :]
    first = rest.split()[0].casefold()
    if first.rstrip("s") in ARCHIVE_PICTURE_WORDS:
        return piece
    named = canonical_org(rest) or looks_like_org(rest) or (" " in rest and _archive_keeper(piece, rest))
    return rest if named or first in DESCRIPTION_ARTICLES else piece


def _archive_keeper(piece: str, rest: str) -> bool:
    """A person or a title keeps the archive ("Archivio Marco Rossi", "Archivo Ciencia y Vida"); a plural archive word
    in capitals and a plural word after it are the archive's own name and its adjective ("Archives Départementales de
    la Gironde", "Archivos Históricos del Estado"), unless a known given name opens the rest."""
    first = rest.split(" ", 1)[0]
    plural = piece[:1].isupper() and piece.split(" ", 1)[0].endswith("s") and first.endswith("s")
    return looks_like_person(rest) and (not plural or known_given(rest))


def _credit_piece(piece: str) -> str | None:
    """A segment piece without noise ("File", e-mail addresses, "+++ dpa-Bildfunk +++", "(Archivbild)", a picture
    count "(2)", the photo word after an agency) and leading "Photo by" / "For"."""
    piece = _PICTURE_COUNT.sub("", _KIND_AFTER.sub("", _WIRE_NOTE.sub("", piece))).strip(" .,:;-")
    agency = _AGENCY_PHOTO.match(piece)
    if agency and (canonical_org(agency.group(1)) or person_then_photo(piece)):
        piece = person_then_photo(piece) or agency.group(1)
    piece = _past_archive_word(piece)
    low = piece.casefold()
    if not piece or low in FILE_NOTES or EMAIL_URL.search(piece):
        return None
    if _DATE_PIECE.match(piece):
        return None  # "Foto: Anna Roe/dpa, 12.03.2024": the day the picture was taken, no one to credit
    if low.startswith("photo by "):
        return piece[9:]
    if low.startswith("for ") and len(piece) > 4:
        return piece[4:]  # "Su Zhigang/For chinadaily.com.cn"
    return piece


def person_then_photo(text: str) -> str | None:
    """The name of a person's name and a photo word after it, with no label ("Dana Whitfield photo", "Marie Dubois
    photo": as an agency before its photo word, "Reuters photo"), the name opening with a known given name ("Harbour
    Crane photo" names a thing), else None."""
    found = _AGENCY_PHOTO.match(text)
    name = _past_kind_word(found.group(1)) if found else ""
    return name if name and known_given(name) and looks_like_person(name) else None


_KIND_WORDS = frozenset((*PHOTO_KIND_WORDS, *PHOTO_GIVER_WORDS))


def _past_kind_word(name: str) -> str:
    """``name`` without the kind or giver word between it and the photo word ("Tom Reyes Submitted photo", "Anna Roe
    staff photo": the person is "Tom Reyes"); the word is no part of the name."""
    head, _, last = name.rpartition(" ")
    return head if head and last.casefold() in _KIND_WORDS else name


def _outlet_name(piece: str) -> str:
    """An outlet's name without the photo word after it ("Valley Courier photo/Dana Whitfield": the outlet is
    "Valley Courier"; "PTI File Photo": "PTI"), as an agency's is; a name the tables know with it stays whole ("Alamy
    Stock Photo")."""
    found = _OUTLET_PHOTO.match(piece)
    if found is None or canonical_org(piece):
        return piece
    outlet = found.group(1)
    return outlet if canonical_org(outlet) or (len(outlet.split()) > 1 and is_name_phrase(outlet)) else piece


# An outlet, a file note or not, and the photo word ("Valley Courier photo", "PTI File Photo").
_OUTLET_PHOTO = re.compile(r"^(.{2,40}?)\s+(?i:file\s+)?(?i:photos?|fotos?)$")


def _group_credits(chain: list[str], role: CreditRole, raw: str) -> list[Credit]:
    """People and organisations of one credit chain; the first organisation is the people's."""
    people: list[str] = []
    orgs: list[str] = []
    chain, grabbed = _past_origin_note(chain)
    outlets = _grabbed_outlets(chain) if grabbed else _outlets_after_takers(chain)
    for index, segment in enumerate(chain):
        for piece in _without_title(split_people(segment)) if not canonical_org(segment) else [segment]:
            cleaned = _credit_piece(piece)
            if cleaned is None:
                continue
            if index not in outlets and _person(cleaned) and not _quoted(raw, segment):
                people.append(normalize_person_name(cleaned))
            else:
                orgs.append(org_name(_outlet_name(unquoted(cleaned))))  # ("Иван Петров, «Вести Озёрска»")
    if not people:
        return [Credit(role=role, organization=o, raw=raw) for o in orgs]
    first_org = orgs[0] if orgs else None
    return [Credit(role=role, name=p, organization=first_org, raw=raw) for p in people] + [
        Credit(role=role, organization=o, raw=raw) for o in orgs[1:]
    ]


def _quoted(raw: str, part: str) -> bool:
    """Is ``part`` written in a publication's quotation marks in ``raw`` ("… / «Вести Озёрска»"): an outlet's title."""
    return any(f"{o}{part}{c}" in raw or f"{o} {part} {c}" in raw for o, c in PUBLICATION_QUOTES)


def _past_origin_note(chain: list[str]) -> tuple[list[str], bool]:
    """``chain`` without a first part that says how the picture was got (lexicon.credits.SCREEN_GRAB_NOTES,
    CHAIN_ARCHIVE_NOTES: "Reprodução/Instagram", "Archivo/El Diario"), and whether it was a screen grab."""
    first = chain[0].casefold() if len(chain) > 1 else ""
    if first in SCREEN_GRAB_NOTES or first in CHAIN_ARCHIVE_NOTES:
        return chain[1:], first in SCREEN_GRAB_NOTES
    return chain, False


def _grabbed_outlets(chain: list[str]) -> set[int]:
    """The parts after a screen-grab note that name the site or outlet the picture was copied from ("Rede Globo",
    "Instagram"): all but a person's name opening with a known given name ("Reprodução/Anna Roe")."""
    return {index for index, part in enumerate(chain) if not (known_given(part) and looks_like_person(part))}


def _person(piece: str) -> bool:
    """Is a piece of a credit chain a person's name: read as one and naming no paper, or a Thai given name and
    surname (names.thai_person: the script has no capitals to tell a name)?"""
    return (looks_like_person(piece) and not names_paper(piece)) or thai_person(piece)


def _without_title(pieces: list[str]) -> list[str]:
    """The pieces of a comma list without the photographer's title after the name ("Anna Roe, staff", "Anna Roe,
    Staff Photographer"): what the taker is, no organisation, as after a slash ("Anna Roe/Staff")."""
    if len(pieces) > 1 and _PHOTOGRAPHER_TITLE.fullmatch(pieces[-1].casefold().strip(" .")) and looks_like_person(
        pieces[-2]
    ):
        return pieces[:-1]
    return pieces


def names_paper(part: str) -> bool:
    """A word of ``part`` names a newspaper in a language beside English ("Harian Teluk", "Harzer Bote", "Diario
    del Valle"; lexicon.credits.NEWSPAPER_WORDS): the taker's paper, though its capitalised words read as a name."""
    return any(word.casefold() in NEWSPAPER_WORDS for word in part.split())


def _outlets_after_takers(chain: list[str]) -> set[int]:
    """The parts of a credit chain that name the taker's outlet, though capitalised words alone read as a name: a
    part right after a person whose first word is a known given name, when its own first word is none ("Marie
    Dubois / Ouest Régional", "Lena Hartmann/Märkische Zeitung": one taker and the paper; a second taker opens with
    a given name too, "Anna Roe/Ben Poe"); and a first part opening with an article before such a taker."""
    outlets: set[int] = set()
    if len(chain) > 1 and opens_with_article(chain[0]) and not known_given(chain[0]) and known_given(chain[1]):
        outlets.add(0)  # "L'Écho du Port / Marie Dubois", "La Gaceta del Valle/Marta Ruiz": the paper first
    for index in range(1, len(chain)):
        taker = chain[index - 1]
        if index - 1 in outlets or not (known_given(taker) and looks_like_person(taker)):
            continue
        if not known_given(chain[index]):
            outlets.add(index)
    return outlets


def opens_with_article(part: str) -> bool:
    """``part`` opens with an article, as a paper's name does and a person's does not ("L'Écho du Port", "La Gaceta
    del Valle", "The Valley Courier")."""
    first = part.split(" ", 1)[0].casefold()
    return len(part.split()) > 1 and (first in ARTICLE_PARTICLES or first == "the" or first[:2] in ("l'", "l’"))


def parse_photo_credit(text: str) -> list[Credit]:
    """Parse a photo credit marked separately from the caption ("Photo by David Kawai/Bloomberg").

    Prefixes (Photo:, Photo/, Picture:, Image credit:, Credit:, ©, Copyright, 摄影：, 图/ ...),
    brackets and trailing "File" are removed; "A/B", "A via B", "A for B", "A and B", "A; B" are split
    into one :class:`Credit` per person (with the first organisation of the credit) and one per
    organisation that no person carries. ``raw`` is ``text`` as given, whitespace-normalised.
    """
    raw = normalize_space(text)
    if not raw:
        return []
    return credits_from_body(raw, raw)


def is_strong_credit(credit: str) -> bool:
    """True for credits that cannot be ordinary text: a keyword, an "A/B" pair, a Chinese 摄/供图 form.

    ``credit`` is the credit as found by :func:`~cqnews.credit_text.photo.split_photo_credit` (with its brackets).
    """
    body = strip_wrapping(credit)
    if not body:
        return False
    if (prefix := CREDIT_PREFIX.match(body)) and prefix.end() > 0:
        return True
    if HAN_RE.search(body):
        return is_zh_credit(body)
    if "/" in body:
        parts = [p.strip() for p in body.split("/")]
        return all(p and len(p.split()) <= 6 and not p.isdigit() and (is_name_phrase(p) or is_agency(p)) for p in parts)
    return False
