"""A WARC cut inside a record header, or inside the block of its last record that is no response (session 56).

FastWARC ends such a file without a word: a download or copy stopped inside the header of the next record left
``read_warc`` giving the pages before it as if the file were whole (a cut inside a response's body was already a
``CorruptWarcError``). Now the reading checks, after FastWARC's last record, that the file ends where that record
does, by its header's Content-Length.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import cqnews
from cqnews.warc import read_warc
from tests.crawl.warc_records import response_record, warc_record

_DATE = "2026-03-02T08:00:00Z"


def _page(number: int) -> bytes:
    return (
        f"<html><head><title>Harbour story {number}</title></head><body><article><h1>Harbour story {number}</h1>"
        f"<p>The new warehouse at the harbour opens next month, the port authority said on Monday ({number}).</p>"
        "</article></body></html>"
    ).encode()


def _response(number: int) -> bytes:
    return response_record(
        _page(number), b"Content-Type: text/html; charset=utf-8", url=f"https://port.example.org/{number}",
        record_id=f"00000000-0000-4000-8000-00000000000{number}", date=_DATE,
    )


def _other(kind: str, content_type: str, block: bytes, number: int) -> bytes:
    return warc_record(kind, content_type, block, record_id=f"00000000-0000-4000-8000-0000000001{number:02d}", date=_DATE)


def _crawl() -> list[bytes]:
    """Records as wget writes them: warcinfo, then a request and a response per page, a metadata record last."""
    info = _other("warcinfo", "application/warc-fields", b"software: made-up crawler 1.0\r\nformat: WARC\r\n", 0)
    request = _other("request", "application/http; msgtype=request", b"GET /1 HTTP/1.1\r\nHost: port.example.org\r\n\r\n", 1)
    metadata = _other("metadata", "application/warc-fields", b"outlink: https://port.example.org/2\r\n", 2)
    return [info, request, _response(1), _response(2), metadata]


def _urls(path: Path) -> list[str | None]:
    return [document.source.url for document in read_warc(path)]


@pytest.mark.parametrize("compress", [False, True])
def test_a_whole_crawl_reads_without_error(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / "whole.warc"
    path.write_bytes(b"".join(gzip.compress(record) if compress else record for record in _crawl()))
    assert _urls(path) == ["https://port.example.org/1", "https://port.example.org/2"]


@pytest.mark.parametrize("cut", [9, 40, 120])
def test_a_file_cut_inside_a_later_record_header(tmp_path: Path, cut: int) -> None:
    records = _crawl()
    data = b"".join(records[:3]) + records[3][:cut]
    path = tmp_path / "cut.warc"
    path.write_bytes(data)
    found: list[str | None] = []
    with pytest.raises(cqnews.CorruptWarcError, match="inside a record header"):
        found.extend(document.source.url for document in read_warc(path))
    assert found == ["https://port.example.org/1"]


@pytest.mark.parametrize("cut", [9, 40, 120])
def test_a_file_cut_inside_its_first_record_header(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "cut.warc"
    path.write_bytes(_response(1)[:cut])
    with pytest.raises(cqnews.CorruptWarcError, match="after its first 0 page"):
        _urls(path)


def test_a_file_cut_inside_a_last_record_that_is_no_response(tmp_path: Path) -> None:
    records = _crawl()
    path = tmp_path / "cut.warc"
    path.write_bytes(b"".join(records[:4]) + records[4][:-20])
    found: list[str | None] = []
    with pytest.raises(cqnews.CorruptWarcError, match="short of its last record's Content-Length"):
        found.extend(document.source.url for document in read_warc(path))
    assert len(found) == 2


def test_parse_many_records_the_cut_file_after_its_pages(tmp_path: Path) -> None:
    records = _crawl()
    path = tmp_path / "cut.warc"
    path.write_bytes(b"".join(records[:3]) + records[3][:60])
    results = list(cqnews.parse_many([path], jobs=0))
    assert [result.ok for result in results] == [True, False]
    assert results[1].error is not None and results[1].error.type == "CorruptWarcError"
