"""A byline whose name stands twice in a row (a hidden copy for screen readers, then the shown first and last
name) and a description after it: the credit reads the name once (made-up pages)."""

from __future__ import annotations

import cqnews

_TEXT = "<p>" + "The council said on Monday that the new bridge over the river would open next spring. " * 3 + "</p>"


def _page(byline: str) -> str:
    return f"<html><body><article><h1>Bridge opens</h1>{byline}{_TEXT}{_TEXT}{_TEXT}</article></body></html>"


def test_the_hidden_copy_of_the_name_is_read_once() -> None:
    byline = (
        '<div class="byline"><span class="hidden-name">Kari Nordvik</span> <span class="first">Kari</span> '
        '<span class="last">Nordvik</span> <span class="desc">Staff reporter</span></div>'
    )
    article = cqnews.parse(_page(byline), url="https://example.com/news/bridge")
    assert article.credits
    assert all(credit.raw.count("Kari Nordvik") == 1 for credit in article.credits)
    assert all((credit.name or "").count("Nordvik") <= 1 for credit in article.credits)
