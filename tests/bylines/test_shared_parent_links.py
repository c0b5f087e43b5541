"""Byline links under one parent that holds only them and joining words are one byline ("By <a rel=author>A</a>
and <a rel=author>B</a>"): every writer is an author, not the first only. Made-up pages only."""

from __future__ import annotations

import cqnews

_TEXT = "<p>The council voted on Tuesday to rebuild the Elm Street bridge after years of delays, officials said.</p>" * 3


def _authors(byline: str) -> list[str]:
    html = (
        "<html><head><title>Bridge</title></head><body><article><h1>Bridge to be rebuilt</h1>"
        f"{byline}{_TEXT}</article></body></html>"
    )
    return cqnews.parse(html).authors


def test_two_author_links_joined_by_and() -> None:
    byline = '<p>By <a rel="author" href="/a/jane">Jane Doe</a> and <a rel="author" href="/a/omar">Omar Farouk</a></p>'
    assert _authors(byline) == ["Jane Doe", "Omar Farouk"]


def test_three_author_links_in_another_language() -> None:
    byline = (
        '<p>Von <a rel="author" href="/a/anna">Anna Roe</a>, <a rel="author" href="/a/max">Max Muster</a> und '
        '<a rel="author" href="/a/lea">Lea Lind</a></p>'
    )
    assert _authors(byline) == ["Anna Roe", "Max Muster", "Lea Lind"]


def test_a_parent_with_other_words_is_not_read_whole() -> None:
    byline = '<p><a rel="author" href="/a/anna">Anna Roe</a> | <a rel="author" href="/a/max">Max Muster</a> | Almería</p>'
    assert "Almería" not in _authors(byline)
