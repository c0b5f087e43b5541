"""Names in credits and bylines: people and organisations.

* :func:`normalize_person_name` fixes all-caps surnames ("Truman PENG" -> "Truman Peng").
* :func:`looks_like_person` / :func:`looks_like_org` tell a person's name from an organisation.
* Small helpers shared by :mod:`.photo` and :mod:`.bylines`: splitting name lists,
  unwrapping brackets, de-duplicating credits.
"""

from __future__ import annotations

import re

from ..lexicon.bodies_zh import ORG_HEADS, OUTLET_HEADS
from ..lexicon.bylines import (
    ARABIC_NOT_NAME_WORDS,
    ARTICLE_PARTICLES,
    CREDIT_NAME_PARTICLES,
    ELIDED_PARTICLE,
    HYPHENED_ARTICLE,
    JOB_TITLE_WORDS,
    OUTLET_ARTICLES,
)
from ..lexicon.credits import BODY_COMPOUND_ENDS, PICTURE_ORIGIN_WORDS, STREET_WORDS, VI_FAMILY_NAMES
from ..lexicon.given_names_en import FEMALE_GIVEN, FEMALE_NAMES, MALE_GIVEN, MALE_NAMES
from ..lexicon.personal_names_zh import GIVEN_NAME_HEADS
from ..models import Credit
from ..text import HAN_RE, normalize_space
from .patterns import (
    CAPTION_STOP_WORDS,
    NAME_AND,
    NAME_PARTICLES,
    NON_PERSON_WORDS,
    ORG_WORDS,
    ZH_ORGS,
    canonical_org,
)

__all__ = [
    "EMAIL_URL",
    "JOB_WORDS",
    "OPEN_FOR",
    "dedupe_credits",
    "is_name_phrase",
    "looks_like_org",
    "looks_like_person",
    "merge_split_names",
    "normalize_person_name",
    "org_name",
    "person_shaped",
    "split_people",
    "strip_wrapping",
    "thai_person",
]

HAN_NAME = re.compile(r"[\u3400-\u9fff·•]{2,6}")


OPEN_FOR = {")": "(", "]": "[", "）": "（", "】": "【", "〕": "〔"}


EMAIL_URL = re.compile(r"@|https?://|www\.")


JOB_WORDS = frozenset(
    (
        "staff",
        "writer",
        "reporter",
        "editor",
        "correspondent",
        "contributor",
        "columnist",
        "producer",
        "intern",
        "analyst",
        "critic",
        "photographer",
        "journalist",
        "author",
        "anchor",
        "host",
        "presenter",
        "freelance",
        *JOB_TITLE_WORDS,
    )
)


# A name word in any alphabet: a letter, then letters, apostrophes, dots or hyphens ("O'Neil", "J.",
# "Łukasz", "Андрей"); its first letter must be a capital (checked with str.isupper).
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_PARTICLES = NAME_PARTICLES | CREDIT_NAME_PARTICLES
# "d’Ormesson", "al-Mansour": a name word after the particle (which must then open with a capital, _name_capital)
_ELIDED_NAME = re.compile(r"(?:" + ELIDED_PARTICLE + "|" + HYPHENED_ARTICLE + r")(?=[^\W\d_])")
# Particles that are also given names ("Ben", "Della"): the first word of "Ben Ford" is a name word, not a particle.
_GIVEN_NAME_PARTICLES = (_PARTICLES & (FEMALE_NAMES | FEMALE_GIVEN | MALE_NAMES | MALE_GIVEN)) - ARTICLE_PARTICLES


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------
def _title_token(token: str) -> str:
    """'PENG' -> 'Peng', "O'BRIEN" -> "O'Brien", 'ZUMA-SAMBUDLA' -> 'Zuma-Sambudla'."""
    out: list[str] = []
    upper_next = True
    for ch in token:
        if ch.isalpha():
            out.append(ch.upper() if upper_next else ch.lower())
            upper_next = False
        else:
            out.append(ch)
            upper_next = ch in "-'’."
    return "".join(out)


_ROMAN = frozenset(("II", "III", "IV", "VI", "VII", "VIII", "JR", "SR"))


def normalize_person_name(name: str) -> str:
    """Whitespace-normalise a person's name and fix all-caps words.

    Words written entirely in capitals ("Truman PENG", "GHULAM RASOOL") get normal casing
    ("Truman Peng", "Ghulam Rasool"); initials ("J.", "JR") and roman numerals stay as they are;
    names in Chinese characters are returned unchanged apart from whitespace.

    >>> normalize_person_name("Truman  PENG")
    'Truman Peng'
    """
    text = normalize_space(name).strip(",;|/")
    if HAN_RE.search(text):
        return (
            text.replace(" ", "")
            if len(text) <= 8 and " " in text and HAN_NAME.fullmatch(text.replace(" ", ""))
            else text
        )
    tokens = text.split(" ")
    out: list[str] = []
    for token in tokens:
        letters = [c for c in token if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and token.rstrip(".,").upper() not in _ROMAN:
            if len(letters) == 2 and token.endswith(".") is False and "." in token:
                out.append(token)  # "J.R." style initials
            else:
                out.append(_title_token(token))
        else:
            out.append(token)
    return " ".join(out)


# Month words that are also given names ("Jan Woitas", "May Bulman", "April Ryan"): a date has digits,
# which already rule a text out, so these words alone do not.
_MONTH_GIVEN_NAMES = frozenset(("jan", "may", "june", "april", "august"))


def looks_like_person(text: str) -> bool:
    """True when ``text`` reads as one person's name (2-5 name words, or 2-4 Han characters)."""
    text = normalize_space(text)
    if not text or len(text) > 60 or EMAIL_URL.search(text) or any(c.isdigit() for c in text):
        return False
    if HAN_RE.search(text):
        return _han_person(text.replace(" ", ""))
    if canonical_org(text):
        return False
    tokens = text.split(" ")
    if not 2 <= len(tokens) <= 5 or _outlet_shaped(tokens):
        return False
    return _name_words_only(tokens)


def _name_words_only(tokens: list[str]) -> bool:
    """Are ``tokens`` capitalised name words, two at least, but for particles ("van", "de") that may stand between
    them; no word a name never has?"""
    name_words = 0
    for index, token in enumerate(tokens):
        low = token.casefold().strip(",.")
        if low in _PARTICLES and not (index == 0 and low in _GIVEN_NAME_PARTICLES and token[:1].isupper()):
            continue
        elided = _ELIDED_NAME.match(token)
        if elided:
            token = token[elided.end() :]
        if _no_name_word(token, low):
            return False
        if not (_name_capital(token) and _NAME_TOKEN.match(token)):
            return False
        name_words += 1
    return name_words >= 2


def _han_person(compact: str) -> bool:
    """Is ``compact``, Han text without spaces, one person's name (2-4 characters, at most 5), not a body's or an
    outlet's (北京商报, 华龙网)?"""
    return (
        bool(HAN_NAME.fullmatch(compact))
        and len(compact) <= 5
        and compact not in ZH_ORGS
        and not (len(compact) >= 3 and compact.endswith(OUTLET_HEADS))  # 北京商报, 华龙网: an outlet
        and not _zh_body(compact)
        and not any(compact.startswith(org) for org in ZH_ORGS if len(org) >= 2)
    )


# A name word only a person's name has: a prefix with an apostrophe ("O'Dwyer", "D’Souza"), two capitalised
# halves joined by a hyphen ("Achebe-Lund", "Osei-Tutu").
_PERSON_SHAPED_WORD = re.compile(r"^(?:[A-Z]['’][A-Z][a-z]+|[A-Z][a-z]+-[A-Z][a-z]+)$")


def person_shaped(name: str) -> bool:
    """Does ``name``, read as a person's by :func:`looks_like_person`, have a shape that only a person's name has, so
    that it is one though no table knows its given name: a prefix with an apostrophe, a double-barrelled surname, or
    a Vietnamese family name first ("Nguyễn Văn An", lexicon.credits.VI_FAMILY_NAMES)? A thing's name has none
    ("Harbour Crane"); a particle in lower case is no such shape, outlets have them too ("Eco di Valdarno")."""
    tokens = name.split()
    if len(tokens) < 2 or not looks_like_person(name):
        return False
    return tokens[0].casefold() in VI_FAMILY_NAMES or any(_PERSON_SHAPED_WORD.match(t) for t in tokens)


# A Thai name in a credit: a given name and a surname, two runs of Thai letters parted by a space. The script writes
# a phrase's words without spaces (an agency, a ministry, a place: "รอยเตอร์", "กรมประชาสัมพันธ์"), but parts a
# person's given name and surname with one ("ภาพ: สมชาย ใจดี").
_THAI_NAME = re.compile(r"[\u0e01-\u0e4e]{2,20} [\u0e01-\u0e4e]{2,20}")


def thai_person(text: str) -> bool:
    """Is ``text``, a part of a credit, a Thai person's name (a given name and a surname)?"""
    return _THAI_NAME.fullmatch(text) is not None and canonical_org(text) is None


def _zh_body(compact: str) -> bool:
    """Does a Han run of three characters or more end with a body's head (市商务局, 市人民医院, 县教委)? A body,
    not a person; a given name may end with 国 or 军 (王建国, 李志军)."""
    return len(compact) >= 3 and compact.endswith(ORG_HEADS) and compact[-1] not in GIVEN_NAME_HEADS


def _outlet_shaped(tokens: list[str]) -> bool:
    """Does a capitalised article open three words or more ("Le Républicain Lorrain", "La Voix du Nord")? An
    outlet's name; a person's name opens with a given name ("Marine Le Pen")."""
    return len(tokens) >= _OUTLET_WORDS and tokens[0][:1].isupper() and tokens[0].casefold() in OUTLET_ARTICLES


_OUTLET_WORDS = 3


def _no_name_word(token: str, low: str) -> bool:
    """A word no person's name holds: an organisation word, a byline or date word, a street's word, a word of how the
    picture was got ("Arquivo", "Reprodução"), an acronym compound."""
    return (
        low in ORG_WORDS
        or low in STREET_WORDS
        or low in PICTURE_ORIGIN_WORDS
        or (low in NON_PERSON_WORDS and low not in _MONTH_GIVEN_NAMES)
        or bool(_ACRONYM_COMPOUND.match(token))
        or body_compound(low)
    )


_MIN_COMPOUND_OPENING = 3
_MAX_BODY_NAME_WORDS = 4


def body_compound(low: str) -> bool:
    """A lower-cased word that is one compound ending in a public body's head ("polizeipräsidium", "landratsamt",
    "stadtverwaltung", "amtsgericht"; lexicon.credits.BODY_COMPOUND_ENDS), longer than the head by a word's
    opening: a body's name, no person's."""
    return any(low.endswith(end) and len(low) >= len(end) + _MIN_COMPOUND_OPENING for end in BODY_COMPOUND_ENDS)


# A compound that opens with an acronym ("ARD-Studio", "ZDF-Team", "BR24-Redaktion"): a broadcaster's or a
# company's unit, never a name word (a double name writes each part with one capital: "Hans-Peter", "Kramp-Karrenbauer";
# a name in capitals, "ZUMA-SAMBUDLA", has no small letter after the hyphen).
_ACRONYM_COMPOUND = re.compile(r"^[A-Z]{2,}\d*-[A-Za-z]?[a-z]")


def _name_capital(token: str) -> bool:
    """A name word's first letter: a capital, or an Arabic letter (the script has no capitals: "أحمد علي") of a
    word that is no byline word of :data:`~cqnews.lexicon.bylines.ARABIC_NOT_NAME_WORDS`."""
    first = token[:1]
    return first.isupper() or ("\u0621" <= first <= "\u064a" and token not in ARABIC_NOT_NAME_WORDS)


def looks_like_org(text: str) -> bool:
    if canonical_org(text):
        return True
    if HAN_RE.search(text):
        return any(text.startswith(org) for org in ZH_ORGS)
    words = [w.casefold().strip(",.") for w in text.split()]
    if any(w in ORG_WORDS for w in words) or ".com" in text.casefold():
        return True
    if words and body_compound(words[0]) and len(words) <= _MAX_BODY_NAME_WORDS:
        return True  # "Polizeipräsidium Lakeside", "Landratsamt Talkreis": the body's head opens its name
    return len(words) == 1 and text.isupper() and 2 <= len(text) <= 6


def org_name(text: str) -> str:
    text = text.strip().strip(".,;:")
    known = canonical_org(text)
    if known:
        return known
    low = text.casefold()
    for suffix in (" photo", " photos", " images"):
        if low.endswith(suffix):
            base = canonical_org(text[: -len(suffix)])
            if base and suffix == " photo":
                return base  # "AP Photo" -> "AP"
    return text


# ---------------------------------------------------------------------------------------------
# Photo credits
# ---------------------------------------------------------------------------------------------
def strip_wrapping(text: str) -> str:
    text = text.strip()
    for _ in range(3):  # a few layers only: "((…))" of any depth must stay linear
        if len(text) >= 2 and text[-1] in OPEN_FOR and text[0] == OPEN_FOR[text[-1]]:
            text = text[1:-1].strip()
        else:
            break
    return text


# A run of blanks is read from its first blank only ("(?<!\s)"; a ";" right after a run an earlier match ended on is
# the third branch): started at every blank of a run, each start read on to the run's end, quadratic in the run.
# A match never ends inside a run (its last blanks are greedy), so the matches are those of "\s+(?:and|&)\s+|\s*;\s*".
_PEOPLE_AND = re.compile(r"(?<!\s)\s+(?:and|&)\s+|(?<!\s)\s*;\s*|;\s*")
# (a segment in capitals holds no "and")
_PEOPLE_AND_CAPITALS = re.compile(r"(?<!\s)\s+(?:AND|&)\s+|(?<!\s)\s*;\s*|;\s*")
_CAPITAL_AND = re.compile(r"(?<!\s)\s+AND\s+")


def split_people(segment: str) -> list[str]:
    """Split "A and B", "A, B & C", "张三、李四" into parts (a comma list only when the parts are names)."""
    segment = segment.strip()
    if HAN_RE.search(segment):
        parts = [p for p in re.split(r"[、，,；;\s]+", segment) if p]
        return parts or [segment]
    # ("ANNA ROE AND TOM REED": a credit in capitals writes its "and" in capitals too)
    joins = _PEOPLE_AND_CAPITALS if segment.isupper() else _PEOPLE_AND
    parts = [p.strip() for p in joins.split(segment) if p.strip()]
    out: list[str] = []
    for part in parts:
        if "," in part:
            pieces = [p.strip() for p in part.split(",") if p.strip()]
            out.extend(pieces)
        else:
            out.extend(_people_joined(part))
    return out


def _people_joined(part: str) -> list[str]:
    """``part`` cut at the word for "and" of another language ("Anna Roe und Jan Weber", "Ana Roe y Juan Doe") or
    at "AND" in capitals ("Anna Roe AND Tom Reed") when every piece reads as a person's name: "Archivo Ciencia y
    Vida" stays one organisation; or cut at a spaced dash when every piece has a shape only a person's name has
    (:func:`person_shaped`)."""
    pieces = [p for p in NAME_AND.split(part) if p]
    if len(pieces) > 1 and all(map(looks_like_person, pieces)):
        return pieces
    capitals = [p for p in _CAPITAL_AND.split(part) if p]  # ("Anna Roe AND Tom Reed": "and" in capitals, names not)
    if len(capitals) > 1 and all(map(looks_like_person, capitals)):
        return capitals
    dashed = _SPACED_DASH.split(part)  # ("Trần Thị Mai - Lê Hoàng Nam": two takers, each name shaped as one)
    if len(dashed) > 1 and all(map(person_shaped, dashed)):
        return dashed
    return [part]


_SPACED_DASH = re.compile(r"(?<!\s)\s+[-–]\s+")  # (from a run's first blank: linear)


def dedupe_credits(credits: list[Credit]) -> list[Credit]:
    seen: set[tuple[str, str | None, str | None]] = set()
    out: list[Credit] = []
    for credit in credits:
        key = (
            credit.role.value,
            (credit.name or "").casefold() or None,
            (credit.organization or "").casefold() or None,
        )
        if key not in seen:
            seen.add(key)
            out.append(credit)
    return out


def is_name_phrase(text: str) -> bool:
    """A short capitalised phrase ("Christie's", "U.S. District Court, Eastern District of New York")."""
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 8 or any(c.isdigit() for c in text):
        return False
    if text.casefold() in CAPTION_STOP_WORDS:
        return False
    for index, word in enumerate(words):
        if word.casefold() in ("of", "the", "and", "for", "&", "de", "la", "via", "-"):
            continue
        if 0 < index < len(words) - 1 and word in _PARTICLES:  # a name's particle: "Thandeka van Rooyen"
            continue
        elided = _ELIDED_NAME.match(word) if index > 0 else None
        if elided is not None:
            word = word[elided.end() :]  # "Zia ul-Haq", "Anne d’Ormesson": the name word after the particle
        if not (word[0].isupper() or word[0] == "i" and len(word) > 1 and word[1].isupper()):
            return False
    return True


def merge_split_names(parts: list[str]) -> list[str]:
    """Two-character names are often typeset with a space ("方 敏"): join lone Han characters in pairs."""
    out: list[str] = []
    pending: str | None = None
    for part in parts:
        if len(part) == 1 and HAN_RE.match(part):
            if pending is None:
                pending = part
            else:
                out.append(pending + part)
                pending = None
            continue
        if pending is not None:
            out.append(pending)
            pending = None
        out.append(part)
    if pending is not None:
        out.append(pending)
    return out
