"""Byline name runs: the names, organisations and photographers of one part of a byline line.

:func:`person_or_org_credits` reads "Tan Yingzi in Chongqing", "A, B and C", "Anna Roe (dpa)", "Sophie Foster
Travel News Reporter", "Kari Lund NTB" into credits, cutting places, job titles, dates and page words;
:func:`role_only` tells a value that names only a job or a desk. The labels and by-words before the names are
read by :mod:`cqnews.enrich.credits.bylines`.
"""

from __future__ import annotations

import re

from ...credit_text.names import (
    JOB_WORDS,
    looks_like_org,
    looks_like_person,
    normalize_person_name,
    org_name,
)
from ...credit_text.patterns import BYLINE_CUT, NAME_AND, canonical_org
from ...lexicon.bylines import (
    BY_WORDS,
    BYLINE_DESK_WORDS,
    BYLINE_PAGE_WORDS,
    BYLINE_PLACE_WORDS,
    BYLINE_TITLE_ADJECTIVES,
    BYLINE_TITLE_ENDINGS,
    BYLINE_TITLE_WORDS,
    BYLINE_WITH_WORDS,
    MONTH_WORDS,
    NAME_CONJUNCTIONS,
    NEWSROOM_WORDS,
    ROLE_FILLER_WORDS,
    TEXT_LABEL_WORDS,
)
from ...lexicon.credits import PHOTO_WORDS
from ...lexicon.letters import CAPITAL_LETTER
from ...lexicon.places_en import PLACES
from ...models import Credit, CreditRole
from ...text import fold_accents, normalize_space

__all__ = ["person_or_org_credits", "role_only"]

# A run of blanks is read from its first blank only ("(?<!\s)"): started at every blank of a run, each start read
# on to the run's end (quadratic in a raw run; Session 63). A match's leading blanks are greedy: the same matches.
_IN_PLACE = re.compile(r"(?<!\s)\s+(?:" + "|".join(BYLINE_PLACE_WORDS) + r")\s+" + CAPITAL_LETTER + r"[^,;|]{0,60}$")
_TITLE_WORDS = JOB_WORDS | BYLINE_TITLE_WORDS
# Words that end a name run without being part of it: desk words, months, page words.
_TRAILING_WORDS = BYLINE_DESK_WORDS | MONTH_WORDS | BYLINE_PAGE_WORDS

_FOR_ORG = re.compile(r"(?<!\s)\s+(?:[Ff]or|FOR|(?i:" + "|".join(BYLINE_WITH_WORDS) + r"))\s+(.{1,60})$")
# A bracketed agency after the names: "Anna Roe (dpa)", "Jean Dupont (avec AFP)" (the word for "with" goes).
_BRACKET_ORG = re.compile(r"(?<!\s)\s*\(([^()]{1,60})\)$")
_WITH_WORD = re.compile(r"^(?i:" + "|".join(BYLINE_WITH_WORDS) + r")\s+")


def _strip_titles(names: str) -> str:
    """Cut job titles and page words out of a byline run, leaving names separated by commas.

    "Sophie Foster Travel News Reporter" -> "Sophie Foster"; "Lucy Thornton News Reporter Tim Hanlon"
    -> "Lucy Thornton, Tim Hanlon"; "News Joshua Whorms" -> "Joshua Whorms"; "Ryan Devereaux Ryan
    Devereaux" -> "Ryan Devereaux".
    """
    groups: list[list[str]] = [[]]
    for token in names.split():
        low = token.casefold().strip(".,:;")
        if low in _TITLE_WORDS or (len(low) > 4 and low.endswith(BYLINE_TITLE_ENDINGS)):  # "Wirtschaftsredakteur"
            _cut_before_title(groups[-1])
            groups.append([])
            continue
        groups[-1].append(token)
    cleaned = (_cleaned_group(group) for group in groups)
    return ", ".join(" ".join(group) for group in cleaned if group)


def _cut_before_title(group: list[str]) -> None:
    """Cut from ``group``, the words before a title word, the title's own words: after a comma all but an agency
    ("Tom Roe, AP Auto Writer" keeps "Tom Roe, AP"), and the desk words and title adjectives that end it."""
    comma = max((k for k, word in enumerate(group) if word.endswith(",")), default=None)
    if comma is not None:  # "Tom Roe, AP Auto Writer": after the comma, the title's words (its agency kept)
        agency = comma + 2 if comma + 1 < len(group) and canonical_org(group[comma + 1]) else comma + 1
        del group[agency:]
    while group and group[-1].casefold().strip(".,") in BYLINE_DESK_WORDS | BYLINE_TITLE_ADJECTIVES:
        group.pop()


def _cleaned_group(group: list[str]) -> list[str]:
    """The words of a name left between titles without the desk words before it, the page words after it, and a
    name written twice once ("Ryan Devereaux Ryan Devereaux")."""
    while len(group) > 2 and group[0].casefold().strip(".,:;") in BYLINE_DESK_WORDS and "," not in group[0]:
        group.pop(0)
    while len(group) > 1 and group[-1].casefold().strip(".,:;") in _TRAILING_WORDS:
        group.pop()
    half = len(group) // 2
    if half >= 2 and len(group) % 2 == 0 and group[:half] == group[half:]:
        group = group[:half]
    return group


# A conjunction with no name on one side ("Anna Roe and", "und Tom Lee"): the list was cut short, the word is
# not part of a name. Lower case only, so a name's own capitalised word never matches.
_AND_WORDS = "|".join(re.escape(w) for w in NAME_CONJUNCTIONS)
_LOOSE_AND = re.compile(rf"^(?:{_AND_WORDS})\s+|(?<!\s)\s+(?:{_AND_WORDS})$")


def person_or_org_credits(names: str, role: CreditRole, raw: str) -> list[Credit]:
    """Names in a byline part ("Tan Yingzi in Chongqing", "A, B and C") -> credits; non-persons dropped."""
    names = _LOOSE_AND.sub("", normalize_space(names).strip(" ,;:|-–—")).strip(" ,;:|-–—")
    if not names:
        return []
    if role is CreditRole.SOURCE:
        source = names.strip(" .")
        return [Credit(role=role, organization=org_name(source), raw=raw)] if source and len(source) <= 80 else []
    names, org = _names_and_org(names)
    people, orgs, photographers = _sort_parts(names)
    orgs[:0] = [org] if org else []
    extra = [Credit(role=CreditRole.PHOTOGRAPHER, name=p, raw=raw) for p in photographers]
    if people:
        return [Credit(role=role, name=p, organization=orgs[0] if orgs else None, raw=raw) for p in people] + extra
    if role in (CreditRole.AUTHOR, CreditRole.PHOTOGRAPHER):  # "dpa/AFP": each agency wrote it
        return [Credit(role=role, organization=o, raw=raw) for o in dict.fromkeys(orgs)] + extra
    return extra


def _sort_parts(names: str) -> tuple[list[str], list[str], list[str]]:
    """The people, organisations and photographers ("Jan Doe (Fotos)") of a run of names; the rest is dropped."""
    people: list[str] = []
    orgs: list[str] = []
    photographers: list[str] = []
    cased = False  # a person's name written in small letters too: a later part in capitals is a brand
    if names.isupper():  # "JUAN PÉREZ Y ANA GÓMEZ": a line in capitals writes its "and" in capitals too
        names = _lower_conjunctions(names)
    for part in _NAME_SPLIT.split(names):
        # "Von Anna Roe, Berlin, und Tom Lee": after a comma, the conjunction opens the part
        part, photo = _bracket_note(_HONORIFICS.sub("", _LOOSE_AND.sub("", part.strip(" ."))))
        part, agency = _agency_after(part)
        orgs.extend([agency] if agency else [])
        if photo and looks_like_person(part):
            photographers.append(normalize_person_name(part))
            continue
        if not part or any(w.casefold().strip(".") in JOB_WORDS for w in part.split()):
            continue  # "Staff Writer", "Senior Reporter"
        if _newsroom(part) or (cased and _in_capitals(part)):
            orgs.append(part)  # "Redakcja WP", "BR24 Redaktion", "Anna Roe, MDR AKTUELL": a desk, as written
        elif _place(part):
            continue  # "Por Juan Pérez, Buenos Aires": where the writer filed from
        elif looks_like_person(part) and not part[:1].islower():
            # a part that opens with a particle is where the writer filed from ("Por Ana Souza, de Porto Alegre")
            people.append(normalize_person_name(part))
            cased = cased or not part.isupper()
        elif canonical_org(part) or (people and looks_like_org(part)):
            orgs.append(org_name(part))
        # anything else (titles, "Staff", dates, sidebar words) is dropped
    return people, orgs, photographers


# A bracketed note after a name in a byline: the writer's initials ("Anna Roe (ar)"), or the part the person
# had ("Anna Roe (Text)", "Jan Doe (Fotos)").
_NOTE = re.compile(r"(?<!\s)\s*\(([^()]{1,12})\)$")
_INITIALS = re.compile(r"[a-zäöüß]{1,4}")
_TEXT_NOTE = frozenset(TEXT_LABEL_WORDS) | {"autor", "autorin", "author", "reporting", "bericht"}
_PHOTO_NOTE = re.compile(r"(?i:photos?|pictures?|" + "|".join(PHOTO_WORDS) + r")")


def _bracket_note(part: str) -> tuple[str, bool]:
    """The name without a bracketed note of initials or of its part, and whether the note says photographs."""
    note = _NOTE.search(part)
    if note is None:
        return part, False
    inner = note.group(1).strip()
    if _PHOTO_NOTE.fullmatch(inner):
        return part[: note.start()], True
    if _INITIALS.fullmatch(inner) or inner.casefold() in _TEXT_NOTE:
        return part[: note.start()], False
    return part, False


def _agency_after(part: str) -> tuple[str, str | None]:
    """A name and the agency written after it in its short form with no mark between ("Kari Lund NTB" ->
    "Kari Lund", "NTB"): the agency's name is no part of the writer's."""
    words = part.split()
    last = words[-1] if words else ""
    # (an agency written as its short form, "NTB", "dpa"; a capitalised word may be a surname: "Bloomberg")
    if len(words) < 3 or last.istitle() or not canonical_org(last):
        return part, None
    name = " ".join(words[:-1])
    return (name, org_name(words[-1])) if looks_like_person(name) else (part, None)


def _in_capitals(part: str) -> bool:
    """A part of two words or more in capitals. After a name written in small letters too ("Anna Roe, MDR
    AKTUELL") it is a programme's or a desk's name set as the brand writes it, not a person's ("By MEG ROE and
    ERRIN LEE, Associated Press" writes every name in capitals)."""
    return len(part.split()) >= 2 and part.isupper()


def _place(part: str) -> bool:
    """A place name of :mod:`cqnews.lexicon.places_en` ("Buenos Aires", "New York", "Sao Paulo"), accents aside."""
    return fold_accents(part.casefold()) in PLACES


def _part_note(inner: str) -> bool:
    """A bracket's text that :func:`_bracket_note` reads: a writer's initials or the part they had ("Fotos")."""
    return bool(_PHOTO_NOTE.fullmatch(inner) or _INITIALS.fullmatch(inner) or inner.casefold() in _TEXT_NOTE)


def _newsroom(part: str) -> bool:
    """A desk named with a newsroom word and something more ("Redakcja WP", "IN-Redaktion"), not "Redaktion" alone."""
    words = part.replace("-", " ").split()
    return len(words) > 1 and any(word.casefold() in NEWSROOM_WORDS for word in words)


# Academic titles before a writer's name ("Von Prof. Dr. Anna Roe", "Dr. med. Tom Lee", "Mag. Kari Lund"): not part
# of the name. Only with their full stop and before a capitalised word; at most three.
_HONORIFICS = re.compile(
    r"^(?:(?:Prof|Dr|Mag|Dipl\.-Ing|Ing|Priv\.-Doz|PD)\.(?:\s+med\.|\s+phil\.|\s+h\.\s?c\.)?\s+){1,3}"
    r"(?=" + CAPITAL_LETTER + ")"
)
_UPPER_AND = frozenset(word.upper() for word in NAME_CONJUNCTIONS)


def _lower_conjunctions(names: str) -> str:
    """The conjunctions of a run in capitals in lower case; a one-letter one ("Y", "E") only between two names of
    two words at least, since "JOHN E SMITH" holds an initial."""
    words = names.split(" ")
    for k, word in enumerate(words):
        if word in _UPPER_AND and (len(word) > 1 or (k >= 2 and len(words) - k > 2)):
            words[k] = word.lower()
    return " ".join(words)


# (، the Arabic comma; a separator right after a run an earlier match ended on is the last branch)
_NAME_SPLIT = re.compile(NAME_AND.pattern + r"|(?<!\s)\s*[,;，、/،]\s*|[,;，、/،]\s*")


def _staff_desk(names: str) -> str | None:
    """ "Jerusalem Post Staff", "MND Staff" (a date after it dropped): an organisation's staff, as written.

    Only when what precedes "Staff" reads as an organisation, not as a person ("Tom Roe Staff") nor as a
    desk title ("Sports Staff").
    """
    words = names.split()
    while len(words) > 1 and words[-1].casefold().strip(".,") in MONTH_WORDS | BYLINE_PAGE_WORDS:
        words.pop()
    if not 2 <= len(words) <= 5 or words[-1].casefold().strip(".,") != "staff":
        return None
    rest = " ".join(words[:-1]).strip(" ,")
    if "," in rest or looks_like_person(rest) or role_only(rest) or not looks_like_org(rest):
        return None
    return " ".join(words).strip(" ,.")


def _names_and_org(names: str) -> tuple[str, str | None]:
    """The name run of a byline part (cut at "Updated", a place, job titles) and a trailing "for Org"."""
    cut = BYLINE_CUT.search(names)
    if cut:
        start = cut.start()
        if names[start] == "@":  # "Jane Doe jane.doe@example.com": the whole address goes, not only from the "@"
            start = names.rfind(" ", 0, start) + 1
        names = names[:start].strip(" ,;:|-–—(")
    org: str | None = None
    tail = _FOR_ORG.search(names)
    if tail:  # "Dolores Chang For Dailymail.Com", "Euronews with Agencies"
        rest = tail.group(1).strip(" .")
        if canonical_org(rest) or looks_like_org(rest) or "." in rest:
            org = org_name(rest)
        names = names[: tail.start()]
    desk = _staff_desk(names)
    if desk and org is None:  # "By JERUSALEM POST STAFF": the paper's staff wrote it, a desk as written
        return "", desk
    bracket = _BRACKET_ORG.search(names)
    shared = _WITH_WORD.sub("", bracket.group(1).strip()) if bracket else ""  # "(avec AFP)", "(mit dpa)"
    if bracket and org is None and canonical_org(shared):
        org = org_name(shared)
        names = names[: bracket.start()]
    elif bracket and not _part_note(bracket.group(1).strip()):
        # "Jean Dupont (Kiev, envoyé spécial)", "Martí Abad (Enviado especial)": where or as what the last
        # writer wrote, not a name (a note of initials or of the part, "(ar)", "(Fotos)", is read later)
        names = names[: bracket.start()]
    return _strip_titles(_IN_PLACE.sub("", names)), org


# Words that name a job or a desk, not who holds it: a metadata value made of them alone ("Redaktion",
# "Staff Reporter", "La Redazione", "Political Editor") names nobody.
_ROLE_ONLY_WORDS = _TITLE_WORDS | NEWSROOM_WORDS | BYLINE_DESK_WORDS | ROLE_FILLER_WORDS


def role_only(value: str) -> bool:
    """True when every word of ``value`` is a job, desk or newsroom word (or an article before one), after a
    by-word ("Par la rédaction", "Von Redaktion": a by-word names no one either)."""
    words = [word for word in (w.casefold().strip(".,:;()/|") for w in value.replace("-", " ").split()) if word]
    if len(words) > 1 and words[0] in _BY_WORDS:
        words = words[1:]
    return bool(words) and all(word in _ROLE_ONLY_WORDS for word in words)


_BY_WORDS = frozenset(BY_WORDS)

