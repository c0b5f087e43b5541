"""An HTTP body and its ``Content-Encoding`` header, for every way a page arrives with one (``parse_response``,
a WARC record, a :class:`~cqnews.sources.Document` given to ``parse_many``).

A body still deflate-compressed (a client or crawler that keeps bodies as sent) is inflated under the input cap;
gzip is recognised by its magic number wherever the page is parsed. A body left under a coding cqnews does not
undo (``br``, ``zstd``) reads as bytes of no charset: the error that follows names the coding, instead of sending
the user after the charset.
"""

from __future__ import annotations

from .compression import inflate
from .errors import DecodeError, NotHTMLError

__all__ = ["coding_named", "decoded_body"]

_DONE_HERE = ("identity", "gzip", "x-gzip", "deflate")


def decoded_body(body: bytes, header: str | None, limit: int) -> bytes:
    """``body`` with a deflate coding of ``header`` undone (the body as it is when it is no deflate data: requests
    and httpx decode it but keep the header)."""
    if header and "deflate" in header.lower():
        return inflate(body, limit) or body
    return body


def coding_named(exc: DecodeError | NotHTMLError, header: str | None) -> DecodeError | NotHTMLError | None:
    """The error ``exc`` (same class) saying the body may still be compressed, when ``header`` names a coding
    cqnews does not undo; ``None`` when it names none."""
    unread = _undone_coding(header or "")
    if unread is None:
        return None
    return type(exc)(
        f"{exc}; the body may still be compressed under Content-Encoding: {unread}, which cqnews does not "
        f"decompress (gzip and deflate only): let the HTTP client (or crawler) decode it"
    )


def _undone_coding(header: str) -> str | None:
    """The first coding of a ``Content-Encoding`` header that cqnews does not undo (``br``, ``zstd``), if any."""
    for coding in header.lower().split(",")[:8]:
        coding = coding.strip()
        if coding and coding not in _DONE_HERE:
            return coding[:20]
    return None
