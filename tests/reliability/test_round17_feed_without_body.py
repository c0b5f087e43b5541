"""A feed whose body comes out empty (seventeenth reliability round, its leftovers).

An RSS or Atom feed given to ``parse`` is read as a page, with a warning naming it a feed whose items were read as one
body; a feed of thousands of items is read by the linear fallback, which finds no paragraph in it, and its body is
empty while the warning said its items were read. The warning now says what happened.
"""

from __future__ import annotations

import pytest

import cqnews


def _feed(count: int) -> str:
    items = "".join(
        f"<item><title>Harbour story {n}</title><link>https://news.example/harbour/{n}</link>"
        f"<description>The harbour board met for the {n}th time to weigh the cost of the new pier.</description></item>"
        for n in range(count)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title>{items}</channel></rss>'


@pytest.mark.parametrize("count", [3, 5000])
def test_the_feed_warning_says_what_was_read(count: int) -> None:
    article = cqnews.parse(_feed(count), url="https://news.example/feed.xml")
    said = "its items were read as one body" if article.body else "no body was read from it"
    assert (
        f"the input is an RSS feed ({count} item(s)), not an article page: {said}; "
        "parse each item's link (or its content) instead"
    ) in article.extraction.warnings


def test_a_large_feed_reads_no_body() -> None:
    article = cqnews.parse(_feed(5000), url="https://news.example/feed.xml")
    assert article.body == []
    assert not any("its items were read as one body" in warning for warning in article.extraction.warnings)
