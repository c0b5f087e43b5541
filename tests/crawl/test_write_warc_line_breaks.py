"""``write_warc`` refuses a URL or content type holding a line break instead of writing header fields of its own.

A crawled URL ``https://news.example/a\\r\\nWARC-Type: revisit`` wrote a second WARC-Type field into the record
header (a reader then took the page for a revisit record, or read a forged target URI).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews.warc import WarcPage, write_warc

PAGE = b"<html><body><article><h1>Market day</h1><p>The Saturday market moves to the harbour.</p></article></body></html>"


@pytest.mark.parametrize(
    "page",
    [
        WarcPage(url="https://news.example/market\r\nWARC-Type: revisit", body=PAGE),
        WarcPage(url="https://news.example/market\nX: y", body=PAGE),
        WarcPage(url="https://news.example/market", body=PAGE, content_type="text/html\r\nSet-Cookie: a=b"),
    ],
)
def test_a_line_break_in_a_header_value_is_refused(tmp_path: Path, page: WarcPage) -> None:
    with pytest.raises(ValueError, match="line break"):
        write_warc(tmp_path / "out.warc", [page], compress=False)


def test_a_plain_page_is_written(tmp_path: Path) -> None:
    path = tmp_path / "out.warc"
    [record_id] = write_warc(path, [WarcPage(url="https://news.example/market", body=PAGE)], compress=False)
    assert b"WARC-Target-URI: https://news.example/market\r\n" in path.read_bytes() and record_id.startswith("<urn:")
