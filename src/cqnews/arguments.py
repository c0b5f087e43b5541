"""The keyword arguments of :func:`cqnews.parse` and :func:`cqnews.parse_text`, checked at the door.

A crawler hands over what its client gives: a URL object (httpx, yarl) or the raw bytes of a URL, a
``Content-Type`` header as bytes (Scrapy), a crawl date as the WARC's ISO 8601 text or a response's HTTP date. These
are read as what they say; an argument of another type is a ``TypeError`` naming the argument (crawl-date text that
names no date, a ``ValueError``), raised before any work, not an error from deep inside the parse (``'<' not
supported between 'str' and 'date'`` once a site plugin compares dates).
"""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from .options import DEFAULT_OPTIONS, ParseOptions

__all__ = ["BYTES_TYPES", "checked_arguments", "checked_options", "checked_url"]

BYTES_TYPES = (bytes, bytearray, memoryview)  # what cqnews.parse takes (a memoryview: a buffer kept without a copy)


def checked_arguments(
    url: Any, site: Any, crawl_date: Any = None, content_type: Any = None
) -> tuple[str | None, str | None, date | datetime | None, str | None]:
    """``url``, ``site``, ``crawl_date`` and ``content_type`` as the parse reads them."""
    return checked_url(url), _text(site, "site"), _crawl_date(crawl_date), _content_type(content_type)


def checked_options(options: Any) -> ParseOptions:
    """The options, or the defaults for ``None``; a dict (of ParseOptions' fields) is a mistake worth naming."""
    if options is None:
        return DEFAULT_OPTIONS
    if isinstance(options, ParseOptions):
        return options
    hint = " (cqnews.ParseOptions(**options) builds one from a dict)" if isinstance(options, dict) else ""
    raise TypeError(f"options takes a cqnews.ParseOptions, not {type(options).__name__}{hint}")


def checked_url(url: Any) -> str | None:
    """The ``url`` argument as the parse reads it: a str; bytes (a stored crawl's raw URL) decoded; a URL object
    (httpx, yarl, urllib's split results) as the URL it holds; a ``TypeError`` for a number, a dict, …"""
    if url is None or isinstance(url, str):
        return url
    if isinstance(url, BYTES_TYPES):
        return bytes(url).decode("utf-8", "replace")
    if hasattr(url, "scheme") and (hasattr(url, "host") or hasattr(url, "netloc")):
        geturl = getattr(url, "geturl", None)  # (urllib's SplitResult: its str is its repr)
        return str(geturl() if callable(geturl) else url)
    raise TypeError(f"url takes str, bytes or a URL object, not {type(url).__name__}")


def _text(value: Any, name: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"{name} takes str, not {type(value).__name__}")


def _content_type(value: Any) -> str | None:
    """The header's value; bytes (Scrapy's headers, a WARC's raw header) read as Latin-1, as HTTP defines."""
    if isinstance(value, BYTES_TYPES):
        return bytes(value).decode("latin-1")
    return _text(value, "content_type")


def _crawl_date(value: Any) -> date | datetime | None:
    """A date or datetime; ISO 8601 text (a WARC-Date: ``2024-05-01T08:00:00Z``) or an HTTP date (a response's
    ``Date`` or ``Last-Modified`` header: ``Wed, 01 May 2024 08:00:00 GMT``) read as the moment it names."""
    if value is None or isinstance(value, date):  # (a datetime is a date)
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            pass
        try:
            return parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError, OverflowError):
            example = "2024-05-01, 2024-05-01T08:00:00Z or Wed, 01 May 2024 08:00:00 GMT"
            raise ValueError(f"crawl_date {value[:40]!r} is no ISO 8601 or HTTP date ({example})") from None
    raise TypeError(f"crawl_date takes a date, a datetime, ISO 8601 or HTTP date text, not {type(value).__name__}")
