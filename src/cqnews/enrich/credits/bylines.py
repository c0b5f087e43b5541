"""Bylines: article byline and credit lines into typed credits and author names.

* :func:`parse_credit_line` parses "By Tan Yingzi in Chongqing", "Von A und B", "Por A y B",
  "Editor: X", "本报记者 张三 李四", "责任编辑：王五" into credits with roles.
* :func:`credits_from_bylines` reads the byline lines of a page (author names from them, and from
  structured metadata: :mod:`cqnews.enrich.credits.authors`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ...lexicon.credit_lines import AGENCY_MATERIAL_LINE, AGENCY_SPLIT, CONTRIBUTION_LINE
from ...lexicon.credits import (
    BYLINE_BY_WORDS,
    BYLINE_DESK_WORDS,
    BYLINE_GENRE_ARTICLES,
    BYLINE_GENRE_WORDS,
    BYLINE_OUR_WORDS,
    BYLINE_PAGE_WORDS,
    BYLINE_PLACE_WORDS,
    BYLINE_TITLE_ADJECTIVES,
    BYLINE_TITLE_ENDINGS,
    BYLINE_TITLE_WORDS,
    BYLINE_WITH_WORDS,
    BYLINE_WRITTEN_BY,
    MONTH_WORDS,
    NAME_CONJUNCTIONS,
    NEWSROOM_WORDS,
    PHOTO_WORDS,
    ROLE_FILLER_WORDS,
    TEXT_LABEL_WORDS,
)
from ...lexicon.letters import CAPITAL_LETTER
from ...lexicon.places_en import PLACES
from ...models import Block, Credit, CreditRole
from ...text import HAN_RE, normalize_space
from .bylines_zh import parse_zh_line
from .names import (
    JOB_WORDS,
    dedupe_credits,
    looks_like_org,
    looks_like_person,
    normalize_person_name,
    org_name,
)
from .patterns import (
    BYLINE_CUT,
    BYLINE_PREFIXES,
    FOREIGN_BY,
    LINE_BRACKETS,
    NAME_AND,
    NEXT_BY_CREDIT,
    NEXT_LABEL,
    NEXT_PHOTO_BY,
    PRINT_EDITION,
    ZH_BYLINE_LABEL,
    canonical_org,
)
from .photo_ko import KO_REPORTER

__all__ = ["credits_from_bylines", "inline_bylines", "parse_credit_line", "role_only"]

_IN_PLACE = re.compile(r"\s+(?:" + "|".join(BYLINE_PLACE_WORDS) + r")\s+" + CAPITAL_LETTER + r"[^,;|]{0,60}$")


# ---------------------------------------------------------------------------------------------
# Bylines
# ---------------------------------------------------------------------------------------------
_TITLE_WORDS = JOB_WORDS | BYLINE_TITLE_WORDS
# Words that end a name run without being part of it: desk words, months, page words.
_TRAILING_WORDS = BYLINE_DESK_WORDS | MONTH_WORDS | BYLINE_PAGE_WORDS


_INNER_BY = re.compile(r"(?:^|\s)(?:By|BY)\s+(?=[A-Z])")
# "Kommentar von Jan Sellner", "Analysis by Jane Doe": a genre label (lexicon.credits) before the "by" word.
_LEAD_BY = re.compile(
    r"^([^\W\d_]{1,24}\s+)?([^\W\d_]{3,24})\s+(?=(?i:by|" + "|".join(BYLINE_BY_WORDS) + r")\s+[^\W\d_])"
)


# "Geschrieben von", "Écrit par", "Scritto da" (lexicon.credits) before the names.
_WRITTEN_BY = re.compile(r"^(?i:" + "|".join(BYLINE_WRITTEN_BY) + r")(?:\s*[:：])?\s+(?=[^\W\d_])")  # "Napisali: A i B"


# "Text und Fotos: Anna Roe", "Texto y fotos: X", "Tekst og foto: X": one person wrote and photographed.
_TEXT_AND_PHOTO = re.compile(
    r"^(?i:" + "|".join(TEXT_LABEL_WORDS) + r")\s*(?:(?i:" + "|".join(re.escape(w) for w in NAME_CONJUNCTIONS)
    + r")|[+/])\s*(?i:photos?|pictures|" + "|".join(PHOTO_WORDS) + r")\s*[:：]\s*"
)


_FOR_ORG = re.compile(r"\s+(?:[Ff]or|FOR|(?i:" + "|".join(BYLINE_WITH_WORDS) + r"))\s+(.{1,60})$")
# A bracketed agency after the names: "Anna Roe (dpa)", "Jean Dupont (avec AFP)" (the word for "with" goes).
_BRACKET_ORG = re.compile(r"\s*\(([^()]{1,60})\)$")
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
            group = groups[-1]
            comma = max((k for k, word in enumerate(group) if word.endswith(",")), default=None)
            if comma is not None:  # "Tom Roe, AP Auto Writer": after the comma, the title's words (its agency kept)
                agency = comma + 2 if comma + 1 < len(group) and canonical_org(group[comma + 1]) else comma + 1
                del group[agency:]
            while group and group[-1].casefold().strip(".,") in BYLINE_DESK_WORDS | BYLINE_TITLE_ADJECTIVES:
                group.pop()
            groups.append([])
            continue
        groups[-1].append(token)
    cleaned: list[str] = []
    for group in groups:
        while len(group) > 2 and group[0].casefold().strip(".,:;") in BYLINE_DESK_WORDS and "," not in group[0]:
            group.pop(0)
        while len(group) > 1 and group[-1].casefold().strip(".,:;") in _TRAILING_WORDS:
            group.pop()
        half = len(group) // 2
        if half >= 2 and len(group) % 2 == 0 and group[:half] == group[half:]:
            group = group[:half]
        if group:
            cleaned.append(" ".join(group))
    return ", ".join(cleaned)


# A conjunction with no name on one side ("Anna Roe and", "und Tom Lee"): the list was cut short, the word is
# not part of a name. Lower case only, so a name's own capitalised word never matches.
_AND_WORDS = "|".join(re.escape(w) for w in NAME_CONJUNCTIONS)
_LOOSE_AND = re.compile(rf"^(?:{_AND_WORDS})\s+|\s+(?:{_AND_WORDS})$")


def _person_or_org_credits(names: str, role: CreditRole, raw: str) -> list[Credit]:
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
_NOTE = re.compile(r"\s*\(([^()]{1,12})\)$")
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
    folded = unicodedata.normalize("NFKD", part.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c)) in PLACES


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


_NAME_SPLIT = re.compile(NAME_AND.pattern + r"|\s*[,;，、/،]\s*")  # (، the Arabic comma)


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


def parse_credit_line(text: str) -> list[Credit]:
    """Parse a byline or credit line into credits with roles.

    English: "By Tan Yingzi in Chongqing" (author; the place is dropped), "Name | China Daily"
    (author with organisation), "Editor: X", "Edited by X", "Source: Xinhua" (source organisation),
    "Translated by X", "Reporter: X", "By A and B", "A, B and C", "By Reuters" (author organisation).
    Chinese: "记者 X", "本报记者 X Y", "新华社记者 X", "通讯员 X", "责任编辑：X", "编辑：X", "来源：X",
    "作者：X", several labels in one line; a line in brackets ("[责任编辑：alonliu]", "（编辑：严玉洁 王辉）",
    editors' Latin handles are names) keeps them in ``raw``; a print-edition note ("《 人民日报 》（ 2024年05月10日
    04 版）") is a source credit for the paper.

    Parts that are not names (dates, "Updated", "Email the author", "Staff", job titles, sidebar
    words) are dropped: the function prefers returning fewer authors to returning wrong ones.
    """
    text = normalize_space(text)
    if not text or len(text) > 400:
        return []
    edition = PRINT_EDITION.match(text)
    if edition:  # "《 人民日报 》（ 2024年05月10日 04 版）": the paper is the source
        return [Credit(role=CreditRole.SOURCE, organization=org_name(edition.group("paper")), raw=text)]
    inner = _unwrap_line(text)
    if inner is not None:  # "【责任编辑：严玉洁】": parse inside, keep the line as written in raw
        return [c.model_copy(update={"raw": text}) if c.raw == inner else c for c in _parse_line(inner)]
    korean = KO_REPORTER.match(text)
    if korean:  # "김민수 기자", "연합뉴스 김민수 기자"
        org = korean.group("org")
        return [Credit(role=CreditRole.AUTHOR, name=korean.group("name"), organization=org_name(org) if org else None,
                       raw=text)]
    return _parse_line(text)


def _unwrap_line(text: str) -> str | None:
    """The inside of a line wrapped whole in one bracket pair ("(责编：张三)" -> "责编：张三"), else None.

    A pair counts only when neither bracket occurs inside: "(a) and (b)" is not wrapped.
    """
    closers = LINE_BRACKETS.get(text[0])
    if len(text) < 3 or not closers or text[-1] not in closers:
        return None
    inner = text[1:-1]
    if text[0] in inner or text[-1] in inner:
        return None
    return inner.strip() or None


def _without_genre(part: str) -> str:
    """ "Kommentar von Jan Sellner" -> "von Jan Sellner"; "Anna von Roe" (no genre word) stays."""
    lead = _LEAD_BY.match(part)
    if not lead or lead.group(2).casefold() not in BYLINE_GENRE_WORDS:
        return part
    article = lead.group(1)
    if article and article.strip().casefold() not in BYLINE_GENRE_ARTICLES:
        return part
    return part[lead.end() :]


def _without_by_words(part: str) -> str:
    """A byline part without what stands before the names: page words before "By", a genre word, "written
    by" and the by-word of other languages ("Ein Kommentar von Anna Roe" -> "Anna Roe")."""
    inner = _INNER_BY.search(part)
    if inner and inner.start() > 0:
        part = part[inner.start() :].strip()  # "dailystar Bookmark Share Travel By Sophie Foster"
    part = _without_genre(part)
    written = _WRITTEN_BY.match(part)
    if written:  # "Geschrieben von Anna Roe", "Écrit par Jean Dupont"
        part = part[written.end() :]
    foreign = FOREIGN_BY.match(part) or _BY_OUR.match(part)
    if foreign:  # "Von Hannah Ritzmann", "Por Juan Pérez y María López", "Por EFE", "Von unserem Korrespondenten …"
        part = part[foreign.end() :]
    return part


# A by-word and "our" before the writer's job ("Von unserem Korrespondenten Tom Lee"): both go, the job word is
# then cut with the other titles.
_BY_OUR = re.compile(r"^(?i:by|" + "|".join(BYLINE_BY_WORDS) + r")\s+(?i:" + "|".join(BYLINE_OUR_WORDS) + r")\s+(?=\S)")


def _parse_line(text: str) -> list[Credit]:
    """:func:`parse_credit_line` on a whitespace-normalised line without wrapping brackets."""
    if HAN_RE.search(text) and ZH_BYLINE_LABEL.search(text):
        return dedupe_credits(parse_zh_line(text))
    if HAN_RE.search(text) and not re.search(r"[A-Za-z]{2,}", text):
        return dedupe_credits(parse_zh_line(text))
    helped = _helper_credits(text)
    if helped is not None:
        return helped
    credits: list[Credit] = []
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+|\s*\|\s*|\s+[–—-]\s+", text) if p.strip()]
    # "Text: A Foto: B": each label its part ("Text und Fotos: A" is one label).
    parts = [q for p in parts for q in ([p] if _TEXT_AND_PHOTO.match(p) else NEXT_LABEL.split(p))]
    # "Words by A. Photos by B", "Reporting by A; Editing by B": each its part
    parts = [q for p in parts for q in NEXT_BY_CREDIT.split(p)]
    parts = [q for p in parts for q in NEXT_PHOTO_BY.split(p) if q]  # "Von A, Fotos von B", "Tekst: A Fot. B"
    opened_by = bool(parts) and _OPENS_BY.match(parts[0]) is not None  # "Por Juan Pérez — Madrid"
    for index, part in enumerate(parts):
        if opened_by and index > 0 and _place_or_time(part, credits):
            continue
        part = _without_by_words(part)
        role = CreditRole.AUTHOR
        matched = False
        both = _TEXT_AND_PHOTO.match(part)
        if both:  # the writer is the photographer too
            people = _person_or_org_credits(part[both.end() :], CreditRole.AUTHOR, text)
            credits.extend([*people, *(c.model_copy(update={"role": CreditRole.PHOTOGRAPHER}) for c in people)])
            continue
        for pattern, prefix_role in BYLINE_PREFIXES:
            match = pattern.match(part)
            if match:
                role, part, matched = prefix_role, part[match.end() :], True
                break
        if not matched and credits and (canonical_org(part) or looks_like_org(part)) and len(part.split()) <= 6:
            # "Tan Yingzi | China Daily": the organisation of the names before it.
            org = org_name(part)
            credits = [c.model_copy(update={"organization": c.organization or org}) if c.name else c for c in credits]
            continue
        credits.extend(_person_or_org_credits(part, role, text))
    return dedupe_credits(credits)


def _place_or_time(part: str, credits: list[Credit]) -> bool:
    """A part after the names of a line that opened with a by-word, with no by-word or label of its own:
    where or when the story was filed ("Por Juan Pérez — Buenos Aires", "By Jane Doe | New York"), not
    another writer. An organisation there ("— EFE", "| China Daily") is still read as the writers'."""
    if not any(c.name for c in credits) or canonical_org(part) or looks_like_org(part):
        return False
    return not _OPENS_BY.match(part) and not any(pattern.match(part) for pattern, _ in BYLINE_PREFIXES)


_OPENS_BY = re.compile(r"^(?i:by|" + "|".join(BYLINE_BY_WORDS) + r")\s+(?=[^\W\d_])")


def _helper_credits(text: str) -> list[Credit] | None:
    """Credits of a line that names the agencies whose material the story uses ("Mit Material von dpa und
    AFP": a source credit each) or reporters who helped ("Additional reporting by Jane Roe": contributors);
    None for any other line."""
    agencies = AGENCY_MATERIAL_LINE.match(text)
    if agencies is not None:
        names = (_ELIDED_ARTICLE.sub("", part) for part in AGENCY_SPLIT.split(agencies.group("agencies")))
        return dedupe_credits([Credit(role=CreditRole.SOURCE, organization=org_name(n), raw=text) for n in names if n])
    helped = CONTRIBUTION_LINE.match(text)
    if helped is not None:
        return dedupe_credits(_person_or_org_credits(text[helped.end() :].rstrip(" .)]"), CreditRole.CONTRIBUTOR, text))
    return None


_ELIDED_ARTICLE = re.compile(r"^l['’]")


# Words that name a job or a desk, not who holds it: a metadata value made of them alone ("Redaktion",
# "Staff Reporter", "La Redazione", "Political Editor") names nobody.
_ROLE_ONLY_WORDS = _TITLE_WORDS | NEWSROOM_WORDS | BYLINE_DESK_WORDS | ROLE_FILLER_WORDS


def role_only(value: str) -> bool:
    """True when every word of ``value`` is a job, desk or newsroom word (or an article before one)."""
    words = [word.casefold().strip(".,:;()") for word in value.replace("-", " ").split()]
    return bool(words) and all(word in _ROLE_ONLY_WORDS for word in words)


def credits_from_bylines(lines: list[str]) -> list[Credit]:
    """Credits of the article from its byline and credit lines, in order.

    Pages repeat bylines of other stories further down (related articles, author boxes), so the
    author credits of an English line count only when no earlier line named an author; editor,
    source, translator and contributor credits, and every credit of Chinese lines ("记者 张三",
    "通讯员 李四", "责任编辑：王五"), are all kept.
    """
    out: list[Credit] = []
    have_author = False
    for line in lines:
        credits = parse_credit_line(line)
        if not credits:
            continue
        chinese = bool(HAN_RE.search(line)) and ZH_BYLINE_LABEL.search(line) is not None  # "记者 张三", "通讯员 李四"
        for credit in credits:
            if credit.role is CreditRole.AUTHOR and have_author and not chinese:
                continue
            out.append(credit)
        if any(c.role is CreditRole.AUTHOR for c in credits):
            have_author = True
    return dedupe_credits(out)


# A Chinese byline in brackets inside the first paragraph: "北京商报讯（记者 岳品瑜 董晗萱）5月13日，…",
# "（通讯员 李四）". Bounded: a label, then up to 40 characters without another bracket.
_ZH_INLINE_BYLINE = re.compile(
    r"[（(【]\s*([^（()）【】]{0,12}?(?:记者|通讯员|实习生|作者|撰文)[^（()）【】]{1,40}?)\s*[）)】]"
)
_INLINE_BLOCKS = 3
_INLINE_WINDOW = 200


def inline_bylines(blocks: Sequence[Block]) -> list[str]:
    """Byline lines written inside the first paragraphs ("（记者 岳品瑜 董晗萱）"), for :func:`credits_from_bylines`.

    Only the start of the first few blocks is searched, so a bracketed credit deep in the text (a
    quoted report) is not taken for the article's byline.
    """
    lines: list[str] = []
    for block in blocks[:_INLINE_BLOCKS]:
        for match in _ZH_INLINE_BYLINE.finditer(block.text[:_INLINE_WINDOW]):
            lines.append(match.group(1).strip())
    return lines
