"""Parse an HTTP response object from requests, httpx or Scrapy without unpacking it by hand.

::

    response = requests.get(url, timeout=10)
    article = cqnews.parse_response(response)

The URL is the response's final one (after redirects), the body its raw bytes (so the decoder sees
the bytes a browser would), and the ``Content-Type`` header gives the charset, which wins over the
page's own declaration. A body still deflate-compressed under ``Content-Encoding: deflate`` (a client
that keeps bodies as sent) is decompressed under ``max_input_bytes``, as gzip bodies are. Any object
with ``url``, ``headers`` and ``content`` (requests, httpx) or ``body`` (Scrapy) works, its headers a mapping
or a list of (name, value) pairs, names in any case (a plain dict of HTTP/2's lower-case names); none of those
libraries is imported.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .arguments import BYTES_TYPES, checked_options, checked_url
from .content_coding import decoded_body, naming_the_coding
from .errors import EmptyInputError
from .models import Article
from .options import ParseOptions
from .pipeline import parse

__all__ = ["parse_response", "response_parts"]


def parse_response(
    response: Any, *, site: str | None = None, crawl_date: date | datetime | None = None,
    options: ParseOptions | None = None,
) -> Article:
    """Parse a requests, httpx or Scrapy response (or any object shaped like one) into an Article.

    Raises :class:`~cqnews.ParseError` subclasses as :func:`cqnews.parse` does, and ``TypeError``
    for an object that has no body, or whose body was streamed away unread (requests' ``stream=True`` consumed by
    ``iter_content``, an httpx stream not ``read()``). A header the headers object cannot decode (its lookup raises
    ``ValueError``) reads as absent, with a warning; any other exception the caller's own object raises (a
    ``.get`` or ``.items`` that fails with ``RuntimeError``, ``OSError`` or the caller's own class) passes unchanged:
    it is the caller's error, not the page's, as a ``parse_many`` generator's own exception is.
    """
    (url, body, content_type), unreadable = _parts(response)
    options = checked_options(options)
    status = _status(response)
    if not body.strip() and (reason := _no_body_reason(response, status)) is not None:
        raise EmptyInputError(reason)
    coding = _header_read(getattr(response, "headers", None), "Content-Encoding")[0]
    body = decoded_body(body, coding, options.max_input_bytes)
    with naming_the_coding(coding):
        article = parse(body, url, site=site, crawl_date=crawl_date, content_type=content_type, options=options)
    if unreadable:
        article.extraction.warnings.append(_UNREADABLE_CONTENT_TYPE)
    if status is not None and not 200 <= status < 300:
        article.extraction.warnings.append(
            f"the response's HTTP status is {status}, not 2xx: the page may be an error page or a notice, not the "
            "article"
        )
    return article


def _status(response: Any) -> int | None:
    """The response's HTTP status: ``status_code`` (requests, httpx) or ``status`` (Scrapy, aiohttp, urllib)."""
    for name in ("status_code", "status"):
        status = getattr(response, name, None)
        if isinstance(status, int) and not isinstance(status, bool):
            return status
    return None


def _no_body_reason(response: Any, status: int | None) -> str | None:
    """Why a response has no body, when its request method or status says (a HEAD request, a 304 to a conditional
    request, a 204, a redirect not followed); ``None`` leaves the generic "the page is empty" to :func:`parse`."""
    try:
        method = getattr(getattr(response, "request", None), "method", None)
    except RuntimeError:  # (httpx: a Response built without its request)
        method = None
    if isinstance(method, (str, bytes)) and (method.upper() in ("HEAD", b"HEAD")):
        return "the response to a HEAD request has no body: fetch the page with GET"
    if status == 304:
        return (
            "the response is a 304 Not Modified, which has no body (the answer to a conditional request, "
            "If-None-Match or If-Modified-Since): parse the copy fetched before, or fetch without those headers"
        )
    if status in (204, 205):
        return f"the response is an HTTP {status} (no content), which has no body"
    if status is not None and 300 <= status < 400:
        return (
            f"the response is an HTTP {status} redirect, which has no body: follow it (requests: "
            "allow_redirects=True, httpx: follow_redirects=True)"
        )
    return None


_UNREADABLE_CONTENT_TYPE = "the response's Content-Type header could not be decoded: it was read as absent"


def response_parts(response: Any) -> tuple[str | None, bytes, str | None]:
    """The (URL, body bytes, Content-Type header) of a response object."""
    return _parts(response)[0]


def _parts(response: Any) -> tuple[tuple[str | None, bytes, str | None], bool]:
    """:func:`response_parts`, and whether the Content-Type header could not be decoded (so it reads as absent)."""
    body = _body(response, "body")  # Scrapy
    if not isinstance(body, BYTES_TYPES):
        body = _body(response, "content")  # requests, httpx
    if not isinstance(body, BYTES_TYPES):
        raise TypeError(
            f"{type(response).__name__} has no bytes body (.content or .body): pass the page to cqnews.parse()"
        )
    content_type, unreadable = _header_read(getattr(response, "headers", None), "Content-Type")
    return (_url(getattr(response, "url", None)), bytes(body), content_type), unreadable


def _body(response: Any, name: str) -> Any:
    """The response's attribute ``name`` (``None`` when it has none); a ``TypeError`` saying why when reading it
    fails because the body was streamed and not kept (requests' "content … already consumed", httpx's
    ``ResponseNotRead``/``StreamConsumed``: ``RuntimeError`` subclasses), as for an object with no body."""
    try:
        return getattr(response, name, None)
    except RuntimeError as exc:
        raise TypeError(
            f"the body of this {type(response).__name__} cannot be read ({type(exc).__name__}: {exc}): a "
            "streamed body must be read whole first (requests: no stream=True, or response.content "
            "before iterating; httpx: response.read())"
        ) from exc


def _url(url: Any) -> str | None:
    """The response's URL as text: a str, a URL object (httpx, yarl) by its ``str``, bytes (a stored crawl's
    raw URL) decoded, not written as their ``repr`` ("b'https://…'"); an empty one is none. A number, a dict
    or a list is the ``TypeError`` :func:`cqnews.parse` gives for it, not its ``str`` ("5")."""
    if isinstance(url, (str, *BYTES_TYPES)) and not url:
        return None
    try:
        return checked_url(url)
    except TypeError:
        own_str: object = type(url).__str__
        if own_str is object.__str__:  # (int, float, dict, list: a URL class writes its own text)
            raise
        return str(url)  # a client's own URL class, written as its text


def _header_read(headers: Any, name: str) -> tuple[str | None, bool]:
    """A header value from a mapping with str keys (requests, httpx) or bytes keys and values (Scrapy), and whether
    the mapping failed to decode it (a ``ValueError`` from its lookups, the value then read as absent)."""
    value, unreadable = None, False
    if headers is not None:
        for key in (name, name.encode("latin-1")):
            try:
                value = headers.get(key)
            except ValueError:  # (a header a mapping cannot decode)
                unreadable = True
            except (AttributeError, TypeError, KeyError):
                pass
            if value is not None:
                break
        if value is None:  # a plain dict or a list of pairs, names in another case (HTTP/2 sends lower case)
            value = _header_in_pairs(headers, name)
    if isinstance(value, list):  # some Scrapy versions keep every value of a header
        value = value[-1] if value else None
    if isinstance(value, BYTES_TYPES):
        value = bytes(value).decode("latin-1")
    return (str(value) if value else None), unreadable and not value


def _header_in_pairs(headers: Any, name: str) -> Any:
    """The value of header ``name`` from the (name, value) pairs of a mapping's ``items()`` or of a list, its
    name compared without case (RFC 9110); ``None`` when there is none or the object gives no pairs."""
    try:
        pairs = list(headers.items() if hasattr(headers, "items") else headers)
    except (TypeError, ValueError):
        return None
    wanted = name.lower()
    for pair in pairs:
        if isinstance(pair, (tuple, list)) and len(pair) == 2 and _header_name(pair[0]) == wanted:
            return pair[1]
    return None


def _header_name(key: Any) -> str | None:
    if isinstance(key, (bytes, bytearray)):
        return bytes(key).decode("latin-1").lower()
    return key.lower() if isinstance(key, str) else None
