"""Author names from page metadata (cqnews.extract.bylines.find_author_metadata, enrich.bylines.clean_author_names)."""

from __future__ import annotations

import json

import lxml.html
import pytest

from cqnews.enrich.bylines import clean_author_names
from cqnews.enrich.credits import split_photo_credit
from cqnews.extract.bylines import find_author_metadata


def _page(*objects: dict[str, object]) -> lxml.html.HtmlElement:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)
    return lxml.html.fromstring(f"<html><head>{scripts}</head><body><p>Text.</p></body></html>")


def test_authors_come_from_the_first_article_object_that_names_any() -> None:
    root = _page(
        {"@type": "NewsArticle", "headline": "The story", "author": [{"@type": "Person", "name": "Anna Roe"}]},
        {"@type": "NewsArticle", "headline": "A related story", "author": {"@type": "Person", "name": "Ben Doe"}},
    )
    assert find_author_metadata(root) == ["Anna Roe"]


def test_an_article_object_without_author_names_does_not_stop_the_search() -> None:
    root = _page(
        {"@type": "WebPage", "author": {"@id": "https://news.example.com/#author"}},
        {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Anna Roe"}},
    )
    assert find_author_metadata(root) == ["Anna Roe"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("BR24 Redaktion", ["BR24 Redaktion"]),
        ("SWR3", ["SWR3"]),
        ("105092", []),
        ("12.03.2025", []),
        ("Anna Roe 18:03", []),
        ("Anna Roe", ["Anna Roe"]),
    ],
)
def test_a_digit_in_a_metadata_author_is_kept_unless_it_is_a_number_or_date(value: str, expected: list[str]) -> None:
    assert clean_author_names([value]) == expected


@pytest.mark.parametrize("word", ["Archivbild", "Symbolbild", "Archivfoto", "foto d'archivio"])
def test_archive_words_in_brackets_are_caption_text(word: str) -> None:
    caption = f"Ein Polizeiwagen steht vor dem Haus. ({word})"
    assert split_photo_credit(caption) == (caption, [])
