"""A WARC record whose header lines end in LF alone (a file passed through a line-ending conversion, or written by
hand) is reported, not lost without a word.

FastWARC reads such a header as one ``WARC-Type`` value holding the rest of the file, gives one record of unknown type
and no fields, and ends: a file of one such record, or one whose last record is such, gave its pages as if the file
held no more. The record is now a garbled header: :class:`~cqnews.CorruptWarcError` after the pages before it. A
record of a type FastWARC does not know but with its fields (``WARC-Type: x-custom``) is passed over as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cqnews

pytest.importorskip("fastwarc")

PAGE = (
    b"<html><head><title>Tram line</title></head><body><article><h1>Tram line reopens after repairs</h1>"
    b"<p>The tram line to the university reopens on Monday after three weeks of track repairs, the city said.</p>"
    b"</article></body></html>"
)


def record(warc_type: bytes = b"response", *, eol: bytes = b"\r\n") -> bytes:
    http = b"HTTP/1.1 200 OK" + eol + b"Content-Type: text/html" + eol + eol + PAGE
    head = eol.join((
        b"WARC/1.0", b"WARC-Type: " + warc_type, b"WARC-Record-ID: <urn:uuid:7d1c0e2a-0000-4000-8000-000000000001>",
        b"WARC-Date: 2024-03-01T08:00:00Z", b"WARC-Target-URI: https://news.example/tram",
        b"Content-Type: application/http; msgtype=response", b"Content-Length: " + str(len(http)).encode(),
    ))
    return head + eol + eol + http + eol + eol


def outcomes(path: Path) -> list[str]:
    return [r.error.type if r.error else "page" for r in cqnews.parse_many([path], jobs=0)]


@pytest.mark.parametrize("before", [0, 1])
def test_records_with_lf_headers_are_reported(tmp_path: Path, before: int) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(record() * before + record(eol=b"\n"))
    assert outcomes(path) == ["page"] * before + ["CorruptWarcError"]


def test_a_record_of_an_unknown_type_with_its_fields_is_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(record(b"x-custom") + record())
    assert outcomes(path) == ["page"]
