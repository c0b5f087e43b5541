"""parse_response takes the bodies cqnews.parse takes: a memoryview body (a buffer kept without a copy, as an
asyncio or mmap-backed store hands it) is the page, not a TypeError; a memoryview URL or header value is read as
its bytes, not as "<memory at 0x…>"."""

from __future__ import annotations

from types import SimpleNamespace

import cqnews
from cqnews.responses import response_parts

PAGE = (
    "<html><head><title>Harbour works</title></head><body><article><h1>Harbour works start in May</h1>"
    "<p>Dredging of the old harbour begins in May and lasts about six weeks, the port authority said.</p>"
    "<p>Fishing boats will moor at the east quay while the work goes on.</p></article></body></html>"
).encode("cp1252")


def test_memoryview_body_is_parsed_like_bytes() -> None:
    response = SimpleNamespace(content=memoryview(PAGE), url="https://port.example/news/harbour", headers={})
    assert cqnews.parse_response(response).model_dump() == cqnews.parse(
        PAGE, url="https://port.example/news/harbour").model_dump()


def test_memoryview_scrapy_body_url_and_header() -> None:
    response = SimpleNamespace(
        body=memoryview(PAGE), url=memoryview(b"https://port.example/news/harbour"),
        headers={b"Content-Type": memoryview(b"text/html; charset=windows-1252")},
    )
    article = cqnews.parse_response(response)
    assert article.url == "https://port.example/news/harbour"
    assert article.headline == "Harbour works start in May"
    assert response_parts(response) == (
        "https://port.example/news/harbour", PAGE, "text/html; charset=windows-1252")
