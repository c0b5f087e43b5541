"""Exceptions raised by :func:`cqnews.parse`.

Every failure a caller can cause is a subclass of :class:`ParseError`, so one ``except
cqnews.ParseError`` is enough in a crawler. Lower-level errors (lxml, trafilatura, codecs) never
escape a parse.
"""

from __future__ import annotations

__all__ = [
    "BlockTooLargeError",
    "CorruptGzipError",
    "CorruptWarcError",
    "DecodeError",
    "EmptyInputError",
    "InputTooLargeError",
    "NotHTMLError",
    "ParseError",
    "TimeLimitError",
    "TreeTooLargeError",
    "UnknownSiteError",
]


class ParseError(Exception):
    """Base class of every error a parse raises for a bad input."""


class EmptyInputError(ParseError):
    """The input is empty or whitespace only: check the download returned a body. ``parse_response`` says why a
    response has none when its request or status does (a HEAD request, a 304 Not Modified, a 204/205, a redirect
    not followed)."""


class InputTooLargeError(ParseError):
    """The input is larger than ``ParseOptions.max_input_bytes``: raise the limit if the page is genuine."""


class TreeTooLargeError(ParseError):
    """The document nests deeper or has more elements than ``ParseOptions`` allows."""


class BlockTooLargeError(ParseError):
    """A single body block is longer than ``ParseOptions.max_block_chars``: raise the limit if the page is genuine."""


class DecodeError(ParseError):
    """The bytes cannot be decoded as text: pass ``content_type`` with the right charset, or the decoded str."""


class CorruptGzipError(DecodeError):
    """The input starts like gzip (``\\x1f\\x8b``) but does not decompress: the file is truncated or damaged."""


class CorruptWarcError(ParseError):
    """A WARC file cannot be read on: a record's header is garbled, its gzip member is damaged, or the file is cut
    short (inside a gzip member or a record's body). The records
    before the damage are read; ``cqnews.parse_many`` and the command line record this error for the file and go on."""


class TimeLimitError(ParseError):
    """The parse ran past the batch's per-document time limit and its worker was stopped (``cqnews.parse_many``)."""


class NotHTMLError(ParseError):
    """The input is binary (an image, a PDF, an archive: a zip, a tar of saved pages, its first member named) rather
    than an HTML page or text."""


class UnknownSiteError(ParseError):
    """``site=`` names no installed site plugin: see ``cqnews.sites.available()`` or ``cqnews sites``."""
