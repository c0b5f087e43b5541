"""A WARC response record whose HTTP header ends its lines in a bare line feed (``HTTP/1.1 200 OK\\nContent-Type:
text/html\\n\\n<html>…``, as a hand-written or home-made crawler's record may) gave a document of 0 bytes: FastWARC
reads such a header as one status line holding the page, so the page was parsed as empty (``EmptyInputError``, "the
page is empty") though the record held it. The record's document carries a ``CorruptWarcError`` that says why now,
and the records around it are read as before (Session 63)."""

from __future__ import annotations

import io

import pytest

from cqnews import CorruptWarcError
from cqnews.warc import read_warc

pytest.importorskip("fastwarc")

_PAGE = b"<html><body><article><h1>Harbour plan</h1><p>The council met on Tuesday about the quay.</p></article></body>"


def _record(block: bytes, name: str) -> bytes:
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{name}>\r\nWARC-Target-URI: https://news.example.org/{name}\r\n"
        "WARC-Date: 2026-03-04T09:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def test_a_bare_line_feed_http_header_says_why() -> None:
    crlf = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + _PAGE
    bare = b"HTTP/1.1 200 OK\nContent-Type: text/html\n\n" + _PAGE
    docs = list(read_warc(io.BytesIO(_record(crlf, "a") + _record(bare, "b") + _record(crlf, "c"))))
    assert [doc.source.record_id for doc in docs] == ["<urn:uuid:a>", "<urn:uuid:b>", "<urn:uuid:c>"]
    assert docs[0].data == _PAGE and docs[2].data == _PAGE and docs[0].failure is None
    assert isinstance(docs[1].failure, CorruptWarcError)
    assert "bare line feed" in str(docs[1].failure)
