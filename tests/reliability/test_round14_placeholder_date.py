"""Round 14: a page whose stated date is a CMS's empty date (``0001-01-01T00:00:00Z``) says why ``published`` is
empty; a researcher counting pages without a date could not tell a page that states none from one that does."""

from __future__ import annotations

import cqnews
from cqnews.enrich.dates import read_date

_WARNING = "date '{}' has a year no news page was published in (a placeholder); left out"


def _page(published: str) -> str:
    return (
        "<html><head><title>Harbour wall repaired</title>"
        f'<meta property="article:published_time" content="{published}"></head><body><article>'
        "<h1>Harbour wall repaired</h1><p>The wall was mended over the winter, the harbour master said, and the "
        "boats came back to the quay in spring after two storms had closed it for a week.</p></article></body></html>"
    )


def test_a_zero_date_is_named() -> None:
    article = cqnews.parse(_page("0001-01-01T00:00:00Z"))
    assert article.published is None
    assert _WARNING.format("0001-01-01T00:00:00Z") in article.extraction.warnings


def test_a_date_of_year_zero_is_named() -> None:
    warnings: list[str] = []
    assert read_date("0000-00-00 00:00:00", warnings=warnings) is None
    assert warnings == [_WARNING.format("0000-00-00 00:00:00")]


def test_a_real_date_is_read_without_a_word() -> None:
    article = cqnews.parse(_page("2026-03-05T10:20:00+01:00"))
    assert article.published is not None and article.published.year == 2026
    assert not any("placeholder" in warning for warning in article.extraction.warnings)


def test_a_date_in_other_words_is_no_placeholder() -> None:
    warnings: list[str] = []
    assert read_date("Harbour 2210-99-99 notes", warnings=warnings) is None
    assert warnings == []
