"""A WARC response record written by hand, as a crawler that keeps the HTTP body as sent writes it."""

from __future__ import annotations


def response_record(body: bytes, headers: bytes, *, url: str, record_id: str, date: str) -> bytes:
    """One response record: ``headers`` are the HTTP header lines (CRLF between them), ``body`` the HTTP body."""
    http = b"HTTP/1.1 200 OK\r\n" + headers + b"\r\n\r\n" + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"
