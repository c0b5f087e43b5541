"""parse_response: a body still compressed under a Content-Encoding cqnews does not undo says so in its error.

A Brotli body kept as sent (Scrapy without its compression middleware, a store of raw bodies) raised
``DecodeError: N byte sequences are invalid in utf-8 ... pass content_type with the right charset``, which sends
the user after the charset; the error (same class) now names the content coding.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

import cqnews
from cqnews.errors import DecodeError, NotHTMLError

PAGE = b"<html><body><article><p>The ferry runs again, the council said on Monday.</p></article></body></html>"


@dataclass
class Response:
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)
    url: str = "https://news.example/ferry"


def noise(size: int) -> bytes:
    """Bytes as a compressed body looks: no markup, every byte value (made here, no compressor needed)."""
    return random.Random(7).randbytes(size)


@pytest.mark.parametrize("coding", ["br", "zstd", "gzip, br"])
def test_a_body_left_compressed_names_its_coding(coding: str) -> None:
    response = Response(noise(3000), {"Content-Encoding": coding, "Content-Type": "text/html"})
    with pytest.raises((DecodeError, NotHTMLError)) as info:
        cqnews.parse_response(response)
    assert "still be compressed under Content-Encoding: " in str(info.value)
    assert coding.split(", ")[-1] in str(info.value)


def test_a_decoded_body_under_the_header_is_parsed() -> None:
    # requests and httpx decode br but keep the header: the body is the page
    article = cqnews.parse_response(Response(PAGE, {"Content-Encoding": "br"}))
    assert article.body[0].text.startswith("The ferry runs again")


def test_without_the_header_the_error_is_unchanged() -> None:
    with pytest.raises((DecodeError, NotHTMLError)) as info:
        cqnews.parse_response(Response(noise(3000), {"Content-Type": "text/html"}))
    assert "Content-Encoding" not in str(info.value)
