"""Header names are case-insensitive (RFC 9110): a plain dict with the lower-case names HTTP/2 sends (Playwright's
``response.headers``, ``dict()`` of an HTTP/2 response's headers) or a list of (name, value) pairs gives the
charset as a requests or httpx header mapping does."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import cqnews

PAGE = (
    "<html><head><title>Brücke über die Förde</title></head><body><article><h1>Brücke über die Förde</h1>"
    "<p>Der Gemeinderat hat am Dienstag den Bau einer neuen Brücke über die Förde beschlossen.</p>"
    "<p>Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, teilte die Stadt mit.</p>"
    "</article></body></html>"
).encode("latin-1")


@pytest.mark.parametrize(
    "headers",
    [
        {"content-type": "text/html; charset=iso-8859-1"},
        {"CONTENT-TYPE": "text/html; charset=iso-8859-1"},
        [("content-type", "text/html; charset=iso-8859-1")],
        [(b"Content-Type", b"text/html; charset=iso-8859-1")],
    ],
    ids=["lower", "upper", "pairs", "byte-pairs"],
)
def test_the_charset_of_a_header_in_any_case_is_used(headers: object) -> None:
    response = SimpleNamespace(content=PAGE, url="https://www.example.de/bruecke.html", headers=headers)
    article = cqnews.parse_response(response)
    assert article.extraction.encoding_source == "content-type"
    assert article.headline == "Brücke über die Förde"


def test_a_lower_case_deflate_encoding_is_decompressed() -> None:
    import zlib

    headers = {"content-type": "text/html; charset=iso-8859-1", "content-encoding": "deflate"}
    response = SimpleNamespace(content=zlib.compress(PAGE), url="https://www.example.de/b.html", headers=headers)
    assert cqnews.parse_response(response).headline == "Brücke über die Förde"
