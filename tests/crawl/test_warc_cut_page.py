"""A WARC record holding a page the crawler cut (``WARC-Truncated: length``, Common Crawl's mark on a body over its
cap, or a body shorter than its HTTP ``Content-Length``) gives its Article a warning that the article may end early.
Before, the cut page was read as the whole article without a word."""

from __future__ import annotations

from pathlib import Path

import cqnews
from cqnews.batch import Result

from .warc_records import response_record, warc_record

_BODY = (
    b"<html><head><title>Pier opens</title></head><body><article><h1>Pier opens</h1>"
    b"<p>The harbour master said the new pier would open in the spring, after the storms of the winter.</p>"
    b"<p>Fishing boats will moor there from May, the harbour board said on Tuesday evening.</p>"
)
_DATE = "2024-03-01T10:00:00Z"


def _results(tmp_path: Path, records: bytes) -> list[Result]:
    path = tmp_path / "crawl.warc"
    path.write_bytes(records)
    return list(cqnews.parse_many([path], jobs=0))


def _warnings(result: Result) -> str:
    assert result.article is not None
    return " ".join(result.article.extraction.warnings)


def test_body_shorter_than_its_content_length(tmp_path: Path) -> None:
    headers = b"Content-Type: text/html\r\nContent-Length: " + str(len(_BODY) + 4000).encode()
    record = response_record(_BODY, headers, url="https://news.example/pier", record_id="1", date=_DATE)
    (result,) = _results(tmp_path, record)
    assert f"the page's body is {len(_BODY)} of the {len(_BODY) + 4000} bytes" in _warnings(result)


def test_truncated_record(tmp_path: Path) -> None:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + _BODY
    record = warc_record("response", "application/http; msgtype=response", http, record_id="2", date=_DATE,
                         url="https://news.example/pier").replace(b"WARC-Date:", b"WARC-Truncated: length\r\nWARC-Date:")
    (result,) = _results(tmp_path, record)
    assert "the WARC record holds a cut page (WARC-Truncated: length)" in _warnings(result)


def test_whole_page_says_nothing(tmp_path: Path) -> None:
    headers = b"Content-Type: text/html\r\nContent-Length: " + str(len(_BODY)).encode()
    whole = response_record(_BODY, headers, url="https://news.example/a", record_id="3", date=_DATE)
    longer = response_record(_BODY, b"Content-Type: text/html\r\nContent-Length: 10", url="https://news.example/b",
                             record_id="4", date=_DATE)  # (a body the crawler inflated: longer, not cut)
    odd = response_record(_BODY, b"Content-Type: text/html\r\nContent-Length: \xc2\xb2", url="https://news.example/c",
                          record_id="5", date=_DATE)
    results = _results(tmp_path, whole + longer + odd)
    assert len(results) == 3
    assert not any("cut" in _warnings(result) for result in results)
