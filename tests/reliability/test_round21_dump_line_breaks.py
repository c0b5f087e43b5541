"""A text dump whose lines are broken by vertical tabs (the manual line break of a word processor, kept when its text
is copied out) or by form feeds with no line break around them was read as one line: the vertical tab and the form feed
were made spaces, as in markup, so the headline, the byline and the date line ran into the first paragraph and the
dump had no headline, no author and no date. In a dump each is a line break now; a form feed next to a line break
(pdftotext ends a page with its line break and a form feed) stays a space (Session 63)."""

from __future__ import annotations

from datetime import date

import cqnews

_LINES = [
    "Harbour plan approved",
    "By Anna Roe",
    "March 4, 2026",
    "The council met on Tuesday to discuss the harbour plan, which would widen the quay and add two berths.",
    "“It will help the ferries,” said Tom Reed, the harbour master.",
    "The plan goes to a vote next week.",
]


def test_lines_broken_by_vertical_tabs() -> None:
    article = cqnews.parse_text("\v".join(_LINES))
    assert article.headline == "Harbour plan approved"
    assert article.authors == ["Anna Roe"]
    assert article.published is not None and article.published.date() == date(2026, 3, 4)
    assert not any("control character" in warning for warning in article.extraction.warnings)


def test_lines_broken_by_form_feeds() -> None:
    article = cqnews.parse_text("\f".join(_LINES))
    assert article.headline == "Harbour plan approved"
    assert article.authors == ["Anna Roe"]


def test_a_page_break_after_a_line_break_reads_as_before() -> None:
    text = "\n".join(_LINES[:4]) + "\n\f" + "\n".join(_LINES[4:]) + "\n\f"
    article = cqnews.parse_text(text)
    assert article.headline == "Harbour plan approved"
    assert article.authors == ["Anna Roe"]
    assert "The plan goes to a vote next week." in article.text
