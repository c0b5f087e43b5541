"""An HTTP body and its ``Content-Encoding`` header, for every way a page arrives with one (``parse_response``,
a WARC record, a :class:`~cqnews.sources.Document` given to ``parse_many``).

A body still compressed (a client or crawler that keeps bodies as sent) has each coding the header lists undone,
the last applied first (``Content-Encoding: deflate, gzip``: gunzipped, then inflated), each layer under the input
cap and at most :data:`MAX_LAYERS` of them; a layer whose bytes are not of its coding (a client decoded them and kept
the header) ends the undoing. gzip is also recognised by its magic number wherever the page is parsed. A body left
under a coding cqnews does not undo (``br``, ``zstd``) reads as bytes of no charset: the error that follows names the
coding, instead of sending the user after the charset.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .compression import gunzip, inflate, is_gzip
from .errors import DecodeError, NotHTMLError

__all__ = ["MAX_LAYERS", "coding_named", "decoded_body", "naming_the_coding"]

MAX_LAYERS = 8  # codings undone at most (the header's last ones): a longer list is no server's

_DONE_HERE = ("identity", "gzip", "x-gzip", "deflate")


def decoded_body(body: bytes, header: str | None, limit: int) -> bytes:
    """``body`` with the gzip and deflate codings of ``header`` undone, the last listed first, each under ``limit``
    bytes of output; the undoing stops at a coding cqnews does not undo (``br``) or whose data the body is not
    (requests and httpx decode the body but keep the header)."""
    if not header:
        return body
    for coding in header.lower().split(",")[::-1][:MAX_LAYERS]:
        coding = coding.strip()
        if coding in ("", "identity"):
            continue
        undone = _undone(body, coding, limit)
        if undone is None:
            break
        body = undone
    return body


def _undone(body: bytes, coding: str, limit: int) -> bytes | None:
    """``body`` with one ``coding`` undone; ``None`` when it is not data of that coding or cqnews does not undo it."""
    if coding in ("gzip", "x-gzip"):
        return gunzip(body, limit) if is_gzip(body) else None
    if coding == "deflate":
        return inflate(body, limit)
    return None


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


@contextmanager
def naming_the_coding(header: str | None) -> Iterator[None]:
    """Within the block, a :class:`DecodeError` or :class:`NotHTMLError` (the parse of a body under ``header``)
    becomes :func:`coding_named`'s error, raised from it, when ``header`` names a coding cqnews does not undo."""
    try:
        yield
    except (DecodeError, NotHTMLError) as exc:
        named = coding_named(exc, header)
        if named is None:
            raise
        raise named from exc


def _undone_coding(header: str) -> str | None:
    """The first coding of a ``Content-Encoding`` header that cqnews does not undo (``br``, ``zstd``), if any."""
    for coding in header.lower().split(",")[:MAX_LAYERS]:
        coding = coding.strip()
        if coding and coding not in _DONE_HERE:
            return coding[:20]
    return None
