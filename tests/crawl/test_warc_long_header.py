"""A record header longer than FastWARC reads (32 KB: a crawler that stored a URI of megabytes) costs that record
alone: the records after it are read, and the file's error names where the lost record starts."""

from __future__ import annotations

from pathlib import Path

import pytest

import cqnews
from cqnews.warc import WarcPage, read_warc, write_warc

pytest.importorskip("fastwarc")


def page(number: int, long: set[int], *, in_http: bool = False) -> WarcPage:
    body = f"<html><body><article><h1>Story {number}</h1><p>Text of story {number}.</p></article></body></html>"
    url, content_type = f"https://example.com/{number}", "text/html; charset=utf-8"
    if number in long:
        if in_http:
            content_type += "; note=" + "x" * 200_000
        else:
            url += "?q=" + "a" * 200_000
    return WarcPage(url, body.encode(), content_type=content_type)


def warc(tmp_path: Path, count: int, long: set[int], *, compress: bool, in_http: bool = False) -> Path:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_warc(path, [page(number, long, in_http=in_http) for number in range(count)], compress=compress)
    return path


def read_all(path: Path) -> tuple[list[str | None], str]:
    urls: list[str | None] = []
    with pytest.raises(cqnews.CorruptWarcError) as caught:
        for document in read_warc(path):
            urls.append(document.source.url)
    return urls, str(caught.value)


@pytest.mark.parametrize("compress", [False, True])
@pytest.mark.parametrize("in_http", [False, True])
def test_records_after_a_long_header_are_read(tmp_path: Path, compress: bool, in_http: bool) -> None:
    path = warc(tmp_path, 4, {1}, compress=compress, in_http=in_http)
    urls, message = read_all(path)
    assert urls == ["https://example.com/0", "https://example.com/2", "https://example.com/3"]
    assert "1 record(s) passed over" in message


def test_the_error_names_the_lost_record_offset(tmp_path: Path) -> None:
    path = warc(tmp_path, 3, {1}, compress=False)
    _, message = read_all(path)
    offset = int(message.split("offset(s) ")[1].split(" ")[0])
    data = path.read_bytes()
    assert data[offset : offset + 7] == b"WARC/1." and b"a" * 1000 in data[offset : offset + 40_000]
    assert b"WARC/1." not in data[1:offset]  # (the first record is the only one before it)


@pytest.mark.parametrize("long", [{0}, {0, 1}, {2}, {1, 2}, {0, 2}])
def test_long_headers_first_last_and_in_a_row(tmp_path: Path, long: set[int]) -> None:
    urls, message = read_all(warc(tmp_path, 3, long, compress=False))
    assert urls == [f"https://example.com/{number}" for number in range(3) if number not in long]
    assert f"{len(long)} record(s) passed over" in message


def test_parse_many_records_one_failure_for_the_lost_records(tmp_path: Path) -> None:
    path = warc(tmp_path, 3, {1}, compress=True)
    results = list(cqnews.parse_many([path], jobs=0))
    assert [result.ok for result in results] == [True, True, False]
    assert results[2].error is not None and results[2].error.type == "CorruptWarcError"


def _record(kind: str, uri: str, payload: bytes) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}-{len(uri)}-{uri[-1]}>\r\n"
        f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n\r\n"


def test_request_and_metadata_records_around_a_long_header(tmp_path: Path) -> None:
    """A crawl's request, response, metadata triples: the three records of the page with the long URI are
    lost (each is named), every other page is read."""
    data = b""
    for number in range(4):
        uri = f"https://example.com/{number}" + ("?q=" + "q" * 100_000 if number == 1 else "")
        body = f"<html><body><p>Story {number}.</p></body></html>".encode()
        data += _record("request", uri, f"GET /{number} HTTP/1.1\r\nHost: example.com\r\n\r\n".encode())
        data += _record("response", uri, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body)
        data += _record("metadata", uri, b"fetchTimeMs: 5\r\n")
    path = tmp_path / "triples.warc"
    path.write_bytes(data)
    urls, message = read_all(path)
    assert urls == ["https://example.com/0", "https://example.com/2", "https://example.com/3"]
    offsets = [int(offset) for offset in message.split("offset(s) ")[1].split(" of ")[0].split(", ")]
    assert [data[offset : offset + 40].split(b"\r\n")[1] for offset in offsets] == [
        b"WARC-Type: request", b"WARC-Type: response", b"WARC-Type: metadata"
    ]


def test_a_thousand_long_headers_in_a_row_do_not_nest_the_stream(tmp_path: Path) -> None:
    """Each record read on after a skipped one was a wrapper around the stream of the one before: the 1,000th
    skip ended in ``RecursionError`` (no ``ParseError``) instead of the file's ``CorruptWarcError``."""
    pages = [WarcPage(f"https://example.com/{n}?q=" + "a" * 33_000, b"<p>x</p>", content_type="text/html")
             for n in range(1_100)]
    pages.append(page(1_100, set()))
    path = tmp_path / "crawl.warc"
    write_warc(path, pages, compress=False)
    urls, message = read_all(path)
    assert urls == ["https://example.com/1100"]
    assert "1100 record(s) passed over" in message
