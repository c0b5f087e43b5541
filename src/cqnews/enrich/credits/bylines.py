"""Bylines: article byline and credit lines into typed credits and author names.

* :func:`parse_credit_line` parses "By Tan Yingzi in Chongqing", "Von A und B", "Por A y B",
  "Editor: X", "本报记者 张三 李四", "责任编辑：王五" into credits with roles.
* :func:`credits_from_bylines` reads the byline lines of a page (author names from them, and from
  structured metadata: :mod:`cqnews.enrich.credits.authors`).

This module reads the labels and by-words of a line and splits it into parts; the names of each part are
read by :mod:`cqnews.enrich.credits.byline_names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...credit_text.names import dedupe_credits, looks_like_org, org_name
from ...credit_text.patterns import (
    BYLINE_PREFIXES,
    FOREIGN_BY,
    LINE_BRACKETS,
    NEXT_BY_CREDIT,
    NEXT_LABEL,
    NEXT_PHOTO_BY,
    PRINT_EDITION,
    ZH_BYLINE_LABEL,
    canonical_org,
)
from ...credit_text.photo_ko import KO_REPORTER
from ...lexicon.bylines import (
    BYLINE_BY_WORDS,
    BYLINE_GENRE_ARTICLES,
    BYLINE_GENRE_WORDS,
    BYLINE_OUR_WORDS,
    BYLINE_WRITTEN_BY,
    NAME_CONJUNCTIONS,
    TEXT_LABEL_WORDS,
)
from ...lexicon.credit_lines import AGENCY_MATERIAL_LINE, AGENCY_SPLIT, CONTRIBUTION_LINE
from ...lexicon.credits import CJK_REPORTER_WORDS_SIMPLIFIED, PHOTO_WORDS
from ...models import Block, Credit, CreditRole
from ...text import HAN_RE, normalize_space
from .byline_names import person_or_org_credits, role_only
from .bylines_zh import parse_zh_line

# (role_only is byline_names'; named here too, where it was first imported from)
__all__ = ["credits_from_bylines", "inline_bylines", "parse_credit_line", "role_only"]

_INNER_BY = re.compile(r"(?:^|\s)(?:By|BY)\s+(?=[A-Z])")
# "Kommentar von Jan Sellner", "Analysis by Jane Doe": a genre label (lexicon.bylines) before the "by" word.
_LEAD_BY = re.compile(
    r"^([^\W\d_]{1,24}\s+)?([^\W\d_]{3,24})\s+(?=(?i:by|" + "|".join(BYLINE_BY_WORDS) + r")\s+[^\W\d_])"
)


# "Geschrieben von", "Écrit par", "Scritto da" (lexicon.bylines) before the names.
_WRITTEN_BY = re.compile(r"^(?i:" + "|".join(BYLINE_WRITTEN_BY) + r")(?:\s*[:：])?\s+(?=[^\W\d_])")  # "Napisali: A i B"


# "Text und Fotos: Anna Roe", "Texto y fotos: X", "Tekst og foto: X": one person wrote and photographed.
_TEXT_AND_PHOTO = re.compile(
    r"^(?i:" + "|".join(TEXT_LABEL_WORDS) + r")\s*(?:(?i:" + "|".join(re.escape(w) for w in NAME_CONJUNCTIONS)
    + r")|[+/])\s*(?i:photos?|pictures|" + "|".join(PHOTO_WORDS) + r")\s*[:：]\s*"
)


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
    parts = _line_parts(text)
    opened_by = bool(parts) and _OPENS_BY.match(parts[0]) is not None  # "Por Juan Pérez — Madrid"
    for index, part in enumerate(parts):
        if opened_by and index > 0 and _place_or_time(part, credits):
            continue
        part = _without_by_words(part)
        both = _TEXT_AND_PHOTO.match(part)
        if both:  # the writer is the photographer too
            people = person_or_org_credits(part[both.end() :], CreditRole.AUTHOR, text)
            credits.extend([*people, *(c.model_copy(update={"role": CreditRole.PHOTOGRAPHER}) for c in people)])
            continue
        role, part, matched = _after_prefix(part)
        if not matched and credits and (canonical_org(part) or looks_like_org(part)) and len(part.split()) <= 6:
            # "Tan Yingzi | China Daily": the organisation of the names before it.
            org = org_name(part)
            credits = [c.model_copy(update={"organization": c.organization or org}) if c.name else c for c in credits]
            continue
        credits.extend(person_or_org_credits(part, role, text))
    return dedupe_credits(credits)


def _after_prefix(part: str) -> tuple[CreditRole, str, bool]:
    """The role the first byline prefix that opens ``part`` gives ("By", "Photo:", "Text:"), the part after it, and
    whether one did (an author and the part as it is when none)."""
    for pattern, prefix_role in BYLINE_PREFIXES:
        match = pattern.match(part)
        if match:
            return prefix_role, part[match.end() :], True
    return CreditRole.AUTHOR, part, False


def _line_parts(text: str) -> list[str]:
    """The parts of a byline line, each a credit of its own: parted by bars, bullets and spaced dashes, and before
    each label, by-phrase or photo credit that follows another ("Text: A Foto: B", "Words by A. Photos by B")."""
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+|\s*\|\s*|\s+[–—-]\s+", text) if p.strip()]
    # "Text: A Foto: B": each label its part ("Text und Fotos: A" is one label).
    parts = [q for p in parts for q in ([p] if _TEXT_AND_PHOTO.match(p) else NEXT_LABEL.split(p))]
    # "Words by A. Photos by B", "Reporting by A; Editing by B": each its part
    parts = [q for p in parts for q in NEXT_BY_CREDIT.split(p)]
    return [q for p in parts for q in NEXT_PHOTO_BY.split(p) if q]  # "Von A, Fotos von B", "Tekst: A Fot. B"


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
        return dedupe_credits(person_or_org_credits(text[helped.end() :].rstrip(" .)]"), CreditRole.CONTRIBUTOR, text))
    return None


_ELIDED_ARTICLE = re.compile(r"^l['’]")


def credits_from_bylines(lines: list[str], head: int = 0) -> list[Credit]:
    """Credits of the article from its byline and credit lines, in order.

    Pages repeat bylines of other stories further down (related articles, author boxes), so the
    author credits of an English line count only when no earlier line named an author; editor,
    source, translator and contributor credits, and every credit of Chinese lines ("记者 张三",
    "通讯员 李四", "责任编辑：王五"), are all kept. The first ``head`` lines are all the article's (a text
    dump's lines under its headline, "By Anna Roe" then "By Tom Reed"): the authors of each count.
    """
    out: list[Credit] = []
    have_author = False
    for index, line in enumerate(lines):
        credits = parse_credit_line(line)
        if not credits:
            continue
        # "记者 张三", "通讯员 李四"; a line under a dump's headline
        kept = index < head or (bool(HAN_RE.search(line)) and ZH_BYLINE_LABEL.search(line) is not None)
        for credit in credits:
            if credit.role is CreditRole.AUTHOR and have_author and not kept:
                continue
            out.append(credit)
        if any(c.role is CreditRole.AUTHOR for c in credits):
            have_author = True
    return dedupe_credits(out)


# A Chinese byline in brackets inside the first paragraph: "北京商报讯（记者 岳品瑜 董晗萱）5月13日，…",
# "（通讯员 李四）". Bounded: a label, then up to 40 characters without another bracket.
_ZH_INLINE_BYLINE = re.compile(
    r"[（(【]\s*([^（()）【】]{0,12}?(?:"
    + "|".join((*CJK_REPORTER_WORDS_SIMPLIFIED, "作者", "撰文"))
    + r")[^（()）【】]{1,40}?)\s*[）)】]"
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
