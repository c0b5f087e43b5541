"""The head of the extracted body: lines above its first running text that are no body text.

Extractors keep the page's <h1> as the first block, a kicker above it (a section label) and a line that
is only the article's date, marked up like a paragraph. These leave the body before the enrichment reads
it (a date line becomes the published date when the page declares none); kept apart from
:mod:`cqnews.pipeline`, which runs the stages.
"""

from __future__ import annotations

import itertools
import re

from .draft import Draft, drop_blocks
from .enrich.dates import is_date_line
from .extract.metadata import same_title
from .extract.shown_updates import before_update_label, opens_with_update
from .lexicon.dates import PUBLISHED_LABELS
from .lexicon.punctuation import BIDI_CONTROLS, BLANK_CHARACTERS, DIRECTION_MARKS
from .lexicon.punctuation_zh import SENTENCE_END_MARKS
from .models import BlockKind, ExtractionMethod
from .text import normalize_space


def drop_headline_echo(draft: Draft) -> None:
    """Extractors often keep the <h1> as the first block; the headline is not body text, nor a kicker
    above it (a section label: "Verkehr", "Medio ambiente")."""
    if not draft.headline:
        return
    headline = normalize_space(draft.headline)
    echo = [index < 3 and same_title(block.text, headline) for index, block in enumerate(draft.blocks)]
    if any(echo):
        first = echo.index(True)
        for index in range(first):
            echo[index] = _is_kicker(draft.blocks[index].text)
        draft.blocks, draft.images, _ = drop_blocks(draft.blocks, draft.images, echo)


_KICKER_CHARS = 40


def _is_kicker(text: str) -> bool:
    """A short label without a sentence's end mark."""
    return len(text) <= _KICKER_CHARS and not any(mark in text for mark in SENTENCE_END_MARKS)


_SHOWN_RE = re.compile(f"[^{BLANK_CHARACTERS}]")


def drop_blank_blocks(draft: Draft) -> None:
    """A block that shows no character (only bidi overrides, zero widths, Hangul fillers: a text dump of U+202E)
    is no body text, wherever it stands; a warning counts them. A headline that shows none is no headline
    either (left out with a warning)."""
    blank = [_SHOWN_RE.search(block.text) is None for block in draft.blocks]
    if any(blank):
        draft.blocks, draft.images, _ = drop_blocks(draft.blocks, draft.images, blank)
        draft.warnings.append(f"{sum(blank)} body block(s) showing no visible character left out")
    if draft.headline is not None and _SHOWN_RE.search(draft.headline) is None:  # ("<title>\u202e\u200f</title>")
        draft.headline = None
        draft.warnings.append("the headline shows no visible character (bidi controls, zero widths): left out")
    if draft.headline is not None:
        draft.headline = bidi_edges_stripped(draft.headline)


_EDGE_CONTROLS = BIDI_CONTROLS + DIRECTION_MARKS


def bidi_edges_stripped(text: str) -> str:
    """``text`` without the bidi controls and direction marks at its edges ('\u202aHarbour plan approved\u202c'
    from an og:title is "Harbour plan approved"): they show nothing, and a headline compared, searched or printed
    carries them along. Left as it is when what would remain opens more embeddings or isolates than it closes (an
    edge closed one) or fewer."""
    stripped = text.strip(_EDGE_CONTROLS)
    if stripped == text or not _balanced(stripped):
        return text
    return stripped


def _balanced(text: str) -> bool:
    """Does ``text`` close as many embeddings/overrides (PDF) and isolates (PDI) as it opens? (Counts, at C speed:
    a headline may be long.)"""
    embeddings = sum(text.count(char) for char in "\u202a\u202b\u202d\u202e")
    isolates = sum(text.count(char) for char in "\u2066\u2067\u2068")
    return embeddings == text.count("\u202c") and isolates == text.count("\u2069")


def drop_date_lines(draft: Draft) -> None:
    """A line that is only the article's date, above its first running text, is not body text.

    Extractors keep such a line when the page marks it up like a paragraph ("20 februari 2024, 07:00"
    under the headline). When the page declares no date, the line is the published date it shows.
    """
    head = next((k for k, block in enumerate(draft.blocks[:_DATE_LINE_BLOCKS]) if len(block.text) >= 100), None)
    top = _DATE_LINE_BLOCKS if head is None else head
    # (A text dump makes a line with no sentence end a heading: its "Published 7:15 a.m. CT March 4, 2026" under a
    # standfirst is one.)
    kinds = _DATE_LINE_KINDS + (BlockKind.HEADING,) if draft.method is ExtractionMethod.TEXT else _DATE_LINE_KINDS
    lines = [
        (k < top or block.text[:_LABEL_CHARS].lower().startswith(PUBLISHED_LABELS))  # (labelled: anywhere)
        and block.kind in kinds and is_date_line(block.text)
        for k, block in enumerate(draft.blocks)
    ]
    if not any(lines):
        return
    _published_from_lines(draft, [block.text for block, line in zip(draft.blocks, lines, strict=True) if line])
    draft.blocks, draft.images, _ = drop_blocks(draft.blocks, draft.images, lines)


_DATE_LINE_BLOCKS = 4  # a date line stands under the headline, among the first few blocks
_DATE_LINE_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)  # (a list of facts: <li>Published …</li>)
_LABEL_CHARS = 20  # a publishing label opens a date line ("Published 18 November 2019"), wherever it stands


def title_above_date_lines(draft: Draft) -> None:
    """A text dump's date line under its title ("June 3, 2024") is no headline: the title-like line above it
    is, and the date line is the published date when the dump gives no other; an update line, or the update a date
    line shows after a separator and its label ("Published June 3, 2024 | Updated June 4, 2024",
    :func:`~.extract.shown_updates.before_update_label`), is the updated date. A full stop is no such separator:
    "Published June 3, 2024. Updated June 4, 2024" gives no update."""
    dates = list(itertools.takewhile(is_date_line, draft.title_lines))
    if not dates:
        return
    titles = draft.title_lines[len(dates) :]
    draft.headline = titles[0] if titles else None
    _published_from_lines(draft, dates)
    updates = (text if opens_with_update(text) else text[len(before_update_label(text)) :] for text in dates)
    if not draft.updated:  # ("Updated: 2024-03-06 09:00", "Published … | Updated …": the dump's last change)
        draft.updated = [update for update in updates if update][:1]


def _published_from_lines(draft: Draft, lines: list[str]) -> None:
    """The first of the date lines under the headline is the published date when the page declares none;
    an "Updated …" line dates the last change, not the publishing."""
    if not draft.published:
        draft.published = [text for text in lines if not opens_with_update(text)][:1]
