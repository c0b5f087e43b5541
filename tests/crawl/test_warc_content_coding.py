"""A WARC record, or a Document given to parse_many, whose HTTP body is still under a Content-Encoding: deflate is
undone (as parse_response does), and an error on a body under a coding cqnews does not undo (br, zstd) names the
coding instead of sending the user after the charset (``DecodeError: … pass content_type with the right charset``).
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest

import cqnews
from cqnews.sources import Document, Source
from tests.crawl.warc_records import response_record

pytest.importorskip("fastwarc")

PAGE = (
    b"<html><head><title>Tram line</title></head><body><article><h1>Tram line reopens after repairs</h1>"
    b"<p>The tram line to the university reopens on Monday after three weeks of track repairs, the city said.</p>"
    b"<p>Buses that replaced the trams stop running on Sunday evening.</p></article></body></html>"
)


def record(body: bytes, coding: str) -> bytes:
    """A response record as a crawler that keeps bodies as sent writes it."""
    return response_record(
        body, b"Content-Type: text/html\r\nContent-Encoding: " + coding.encode(), url="https://city.example/tram",
        record_id="3f2a9c1e-0000-4000-8000-000000000007", date="2024-03-01T00:00:00Z",
    )


def noise(size: int) -> bytes:
    """Bytes as a compressed body looks (made here, no compressor needed)."""
    return random.Random(11).randbytes(size)


@pytest.mark.parametrize("coding", ["br", "zstd"])
def test_warc_record_left_compressed_names_its_coding(tmp_path: Path, coding: str) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(record(noise(4000), coding))
    [result] = cqnews.parse_many(path, jobs=0)
    assert result.error is not None
    assert f"still be compressed under Content-Encoding: {coding}" in result.error.message


def test_warc_record_under_deflate_is_inflated(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(record(zlib.compress(PAGE), "deflate"))
    [result] = cqnews.parse_many(path, jobs=0)
    assert result.article is not None
    assert result.article.headline == "Tram line reopens after repairs"


def test_document_with_an_undone_coding_names_it() -> None:
    document = Document(Source(url="https://city.example/tram"), noise(4000), "text/html", content_encoding="zstd")
    [result] = cqnews.parse_many([document], jobs=0)
    assert result.error is not None
    assert "Content-Encoding: zstd" in result.error.message


def test_document_under_identity_is_parsed_as_it_is() -> None:
    document = Document(Source(url="https://city.example/tram"), PAGE, "text/html", content_encoding="identity")
    [result] = cqnews.parse_many([document], jobs=0)
    assert result.article is not None
    assert result.article.headline == "Tram line reopens after repairs"
