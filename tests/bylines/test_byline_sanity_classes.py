"""benchmarks/byline_sanity.py: its classes on made-up authors and pages."""

from __future__ import annotations

import sys

from tests.paths import BENCHMARKS

sys.path.insert(0, str(BENCHMARKS))

from byline_sanity import author_classes, declared_authors


def _labels(authors: list[str]) -> set[str]:
    return {label for label, _ in author_classes(authors)}


def test_names_fall_in_no_class() -> None:
    assert _labels(["Anna Roe", "The Associated Press", "Ursula von der Leyen", "Tom McDonald", "Ed Cara"]) == set()


def test_wrong_shapes_are_named() -> None:
    assert _labels(["Anna Roe Updated"]) == {"author holds a date or time word"}
    assert _labels(["anna@example.org"]) == {"author holds an e-mail or URL"}
    assert _labels(["Staff Reporter"]) == {"author is a role word only"}
    assert _labels(["Anna Roe and"]) == {"author starts or ends with a function word"}
    assert _labels(["Anna SmithBerlin"]) == {"author glued to the next word"}
    assert _labels(["Anna Roe Anna Roe"]) == {"author is one name written twice"}
    assert _labels(["Anna Roe", "anna roe"]) == {"author listed twice"}


def test_declared_authors_read_from_markup() -> None:
    page = (
        b'<html><head><meta name="author" content="Anna Roe">'
        b'<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Tom Lee"}}</script>'
        b'</head><body><p class="article-meta">By <a href="/x">Kim Park</a> Updated May 4</p>'
        b'<aside><p>By Other Writer</p></aside></body></html>'
    )
    found = declared_authors(page)
    assert found["ld"] == ["Tom Lee"]
    assert found["meta"] == ["Anna Roe"]
    assert found["shown"] == ["Kim Park"]
