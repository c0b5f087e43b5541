"""WARC records written by hand, as a crawler that keeps the HTTP body as sent writes them."""

from __future__ import annotations


def warc_record(
    kind: str, content_type: str, block: bytes, *, record_id: str, date: str, url: str | None = None
) -> bytes:
    """One record of type ``kind`` (``response``, ``request``, ``warcinfo``, ``metadata``) whose block is ``block``;
    ``url`` is its WARC-Target-URI (none when not given, as in a warcinfo record)."""
    target = f"WARC-Target-URI: {url}\r\n" if url is not None else ""
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Date: {date}\r\n{target}"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def response_record(body: bytes, headers: bytes, *, url: str, record_id: str, date: str) -> bytes:
    """One response record: ``headers`` are the HTTP header lines (CRLF between them), ``body`` the HTTP body."""
    http = b"HTTP/1.1 200 OK\r\n" + headers + b"\r\n\r\n" + body
    return warc_record("response", "application/http; msgtype=response", http, record_id=record_id, date=date, url=url)
