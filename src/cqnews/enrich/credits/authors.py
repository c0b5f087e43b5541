"""Author names: from the credits of byline lines, and from structured metadata (JSON-LD, ``<meta>``).

* :func:`credit_authors` / :func:`authors_from_bylines` give the author names of credits and byline lines.
* :func:`clean_author_names` cleans names from structured metadata.
* :func:`article_authors` chooses between the two.
"""

from __future__ import annotations

import re

from ...credit_text.names import EMAIL_URL, looks_like_person, normalize_person_name
from ...credit_text.patterns import ZH_BYLINE_LABEL
from ...lexicon.bylines import ZH_OUTLET_NAME_ENDS
from ...lexicon.personal_names_zh import SURNAMES
from ...models import Credit, CreditRole
from ...text import HAN_RE, normalize_space, without_format_chars
from .byline_names import role_only
from .bylines import credits_from_bylines, parse_credit_line

__all__ = ["article_authors", "authors_from_bylines", "clean_author_names", "credit_authors"]


def credit_authors(credits: list[Credit]) -> list[str]:
    """Author names from credits, in order, once each: the person, else the organisation; not a desk alone."""
    out: list[str] = []
    seen: set[str] = set()
    for credit in credits:
        if credit.role is not CreditRole.AUTHOR:
            continue
        name = credit.name or credit.organization
        if name and name.casefold() not in seen and not role_only(name):  # "La Redazione", "News Desk": nobody
            seen.add(name.casefold())
            out.append(name)
    return out


_JUNK_AUTHORS = frozenset(
    (
        "admin",
        "administrator",
        "editor",
        "editors",
        "staff",
        "unknown",
        "guest",
        "null",
        "none",
        "anonymous",
        "user",
        "webmaster",
        "author",
        "newsroom",
        "web desk",
        "online desk",
        "desk",
    )
)


# A metadata value that is a date, a time or a number, not a name ("105092", "12.03.2025", "18:03");
# a name with a digit in it stays ("BR24 Redaktion").
_NOT_A_NAME = re.compile(r"^[\W\d_]*$|\d{1,4}[./-]\d{1,2}|\d{1,2}:\d{2}|\d{3}")


# "chuck-ross" is a name slug; "t-online" (a one-letter part) is a brand written in lower case.
_SLUG = re.compile(r"^[a-z]{2,}(?:[-_][a-z]{2,}){1,3}$")


def _without_contacts(value: str) -> str:
    """A metadata value without its e-mail addresses and URLs ("Jane Doe (jane@example.org)" -> "Jane Doe")."""
    if not EMAIL_URL.search(value):
        return value
    kept = [word for word in value.split() if not EMAIL_URL.search(word)]
    return " ".join(kept).replace("()", "").strip(" ,;:|-–—(")


# A site's name glued to the writer's in metadata ("青网新闻张毅"): the name is the two or three characters after
# the site's, from a surname on.
_ZH_OUTLET_AND_NAME = re.compile(
    r"^[\u4e00-\u9fff]{1,6}(?:" + "|".join(ZH_OUTLET_NAME_ENDS) + r")([\u4e00-\u9fff]{2,3})$"
)


def _without_outlet(value: str) -> str:
    """A Chinese metadata author without the site's name glued before it ("青网新闻张毅" -> "张毅")."""
    found = _ZH_OUTLET_AND_NAME.match(value)
    return found.group(1) if found and found.group(1)[0] in SURNAMES else value


def clean_author_names(names: list[str]) -> list[str]:
    """Author names from structured metadata (JSON-LD, ``<meta name=author>``), cleaned.

    Metadata is trusted more than visible bylines: a value is parsed with :func:`parse_credit_line`
    ("By Jane Doe and John Smith" gives two names); a value that does not parse but is a short
    name-like string is kept as written ("MND Staff", "Gear Team", "Associated Press"); slugs become
    names ("chuck-ross" -> "Chuck Ross"); URLs, e-mail addresses, numbers and placeholders ("admin",
    "Staff") are dropped. Order is kept, duplicates removed (case-insensitive).
    """
    out: list[str] = []
    seen: set[str] = set()
    for raw in names:
        value = _without_contacts(normalize_space(without_format_chars(raw)))
        if not value or len(value) > 80 or _NOT_A_NAME.search(value):
            continue
        # "大渡 美咲": one name in metadata, spaces and all
        found = [_without_outlet(value)] if _han_name_value(value) else _names_in_value(value)
        for name in found:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                out.append(name)
    return out



def _han_name_value(value: str) -> bool:
    """Is a metadata value written in Han, short, with no byline label, address or link: one name as written?"""
    return (
        bool(HAN_RE.search(value))
        and len(value) <= 12
        and not ZH_BYLINE_LABEL.search(value)
        and not EMAIL_URL.search(value)
    )


def _names_in_value(value: str) -> list[str]:
    """The names a metadata value (not Han) holds: the names of a credit line ("By Jane Doe and John Smith"), a
    slug made a name ("chuck-ross"), a label before a colon left out ("Kommentar: Anna Roe"), else a short name-like
    value as written ("MND Staff"); none for a placeholder or a role alone."""
    if _SLUG.match(value):
        value = " ".join(part.capitalize() for part in re.split(r"[-_]", value))
    found = credit_authors(parse_credit_line(value))
    label, colon, rest = value.partition(":")
    if not found and colon and rest.strip() and len(label.split()) <= 2 and not looks_like_person(label):
        value = rest.strip()  # "Kommentar: Anna Roe": a label before the name, no part of it
        found = credit_authors(parse_credit_line(value))
    if not found and value.casefold() not in _JUNK_AUTHORS and len(value.split()) <= 5 and not role_only(value):
        found = [normalize_person_name(value) if looks_like_person(value) else value]
    return found


def authors_from_bylines(lines: list[str]) -> list[str]:
    """Author names from visible byline lines (see :func:`credits_from_bylines`)."""
    return credit_authors(credits_from_bylines(lines))


def article_authors(metadata: list[str], credits: list[Credit]) -> list[str]:
    """The article's authors: the structured metadata's names (:func:`clean_author_names`), else the
    authors of the byline credits (:func:`credit_authors`).

    Metadata is trusted first, but a value that names no person (the paper's or the site's name, an
    agency: "Lesotho Times", "Redaktion") gives way to a visible byline whose every author reads as a
    person's name: the page's own line says who wrote it, the metadata only who published it.
    """
    declared = clean_author_names(metadata)
    visible = credit_authors(credits)
    if declared and visible and not any(map(looks_like_person, declared)) and all(map(looks_like_person, visible)):
        return visible
    return declared or visible
