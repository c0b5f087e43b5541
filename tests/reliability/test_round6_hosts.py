"""Round 6 of hostile input: a host label holding a character IDNA writes as a dot (U+2024 ONE DOT LEADER,
U+FE52 SMALL FULL STOP, U+2488 DIGIT ONE FULL STOP) is shown as one host and looked up as another
("ex\u2024ample.com" is the host "ex.ample.com"); such a URL is dropped with a warning. The dots IDNA counts as
label separators (U+3002, U+FF0E, U+FF61) and Unicode names stay."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.urls import checked_url

PAGE = (
    "<html><head><title>Ferry timetable</title></head><body><article><h1>New ferry timetable</h1>"
    "<p>The island ferry will run every forty minutes from May, the operator said on Friday.</p>"
    "<p>Evening crossings are added on weekends for the summer season.</p>"
    "<figure><img src='{src}'><figcaption>The ferry at the pier.</figcaption></figure></article></body></html>"
)


@pytest.mark.parametrize("host", ["news\u2024example.org", "cdn\ufe52example.org", "\u2488example.org"])
def test_a_host_with_a_character_idna_writes_as_a_dot_is_dropped(host: str) -> None:
    article = cqnews.parse(PAGE.format(src=f"https://{host}/ferry.jpg"), "https://news.example.org/ferry")
    assert article.images == []
    assert "a URL with a malformed host name was dropped" in article.extraction.warnings


@pytest.mark.parametrize(
    "url",
    ["https://b\u00fccher.example/a.jpg", "https://example\u3002org/a.jpg", "https://example\uff0eorg/a.jpg",
     "https://example.org./a.jpg", "https://192.0.2.7/a.jpg"],
)
def test_separator_dots_and_unicode_names_stay(url: str) -> None:
    assert checked_url(url) == (url, None)
