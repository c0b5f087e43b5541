"""A response with no body says why when its request or status does: a HEAD request, a 304 to a conditional request,
a 204, a redirect not followed (before: "the page is empty: check that the download returned a body" for all). A
response of another status than 2xx that has a body (a 404 page, a 500 notice) is parsed with a warning naming the
status; before, it read as the article without a word."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

import cqnews
from cqnews.errors import EmptyInputError

_PAGE = (
    b"<html><head><title>Page not found</title></head><body><article><h1>Page not found</h1>"
    b"<p>The page you asked for has moved or never existed; try the search box at the top of this site.</p>"
    b"</article></body></html>"
)


@dataclass
class _Request:
    method: Any = "GET"


@dataclass
class _Response:
    status_code: int = 200
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    url: str = "https://news.example/ferry"
    request: _Request = field(default_factory=_Request)


@pytest.mark.parametrize(
    ("response", "reason"),
    [
        (_Response(request=_Request("HEAD")), "HEAD request"),
        (_Response(request=_Request(b"head")), "HEAD request"),
        (_Response(status_code=304), "304 Not Modified"),
        (_Response(status_code=204), "HTTP 204 \\(no content\\)"),
        (_Response(status_code=302, headers={"Location": "/ferry-2"}), "HTTP 302 redirect"),
    ],
)
def test_empty_body_says_why(response: _Response, reason: str) -> None:
    with pytest.raises(EmptyInputError, match=reason):
        cqnews.parse_response(response)


def test_empty_ok_response_keeps_the_generic_message() -> None:
    with pytest.raises(EmptyInputError, match="the page is empty"):
        cqnews.parse_response(_Response())


@pytest.mark.parametrize("status", [404, 500, 410])
def test_error_status_with_a_body_is_named(status: int) -> None:
    article = cqnews.parse_response(_Response(status_code=status, content=_PAGE))
    assert f"the response's HTTP status is {status}, not 2xx" in " ".join(article.extraction.warnings)


def test_ok_status_says_nothing() -> None:
    article = cqnews.parse_response(_Response(content=_PAGE))
    assert not any("HTTP status" in warning for warning in article.extraction.warnings)


def test_scrapy_status_attribute() -> None:
    @dataclass
    class _Scrapy:
        body: bytes
        status: int
        url: str = "https://news.example/ferry"
        headers: dict[str, str] = field(default_factory=dict)

    article = cqnews.parse_response(_Scrapy(_PAGE, 404))
    assert any("HTTP status is 404" in warning for warning in article.extraction.warnings)
    with pytest.raises(EmptyInputError, match="304"):
        cqnews.parse_response(_Scrapy(b"", 304))
