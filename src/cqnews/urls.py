"""One boundary for URLs: joining a link to its page, and checking a URL before it reaches a model.

Pages hold malformed links (``http://[::1/a.jpg``, stray whitespace, lone surrogates) and links of
schemes a reader should never follow (``javascript:``, ``file:``). The standard library raises
``ValueError`` on some of them; these functions never raise.

- :func:`join_url` is for extraction stages: the joined URL, or the link unchanged when it cannot be
  joined, so that a bad link never stops a stage.
- :func:`file_name` is the last part of a link's path ("photo.jpg" of ".../a/photo.jpg?w=300"), without
  parsing the URL (so it cannot raise either).
- :func:`checked_url` is the boundary every URL passes before it reaches ``Article.url`` or
  ``Image.src``: it returns the URL when it is well formed and of an allowed scheme, else ``None``
  and the reason, which the pipeline records in ``Article.extraction.warnings``.
"""

from __future__ import annotations

import re
from encodings.idna import dots, nameprep
from urllib.parse import urljoin, urlsplit

__all__ = ["DEFAULT_URL_SCHEMES", "checked_url", "file_name", "join_url"]

DEFAULT_URL_SCHEMES: tuple[str, ...] = ("http", "https")
"""Schemes kept by default; protocol-relative (``//host/a.jpg``) and relative links are kept too."""

# Browsers strip tabs and line breaks inside a URL and send a space as %20; the rest of these cannot be sent.
_STRIPPED = re.compile(r"[\t\n\r]")
_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
# A host name in its ASCII (IDNA) form: labels of letters, digits, hyphens (and the underscores some CDNs use),
# a closing dot allowed ("example.com.").
_HOST_NAME = re.compile(r"[A-Za-z0-9_\-]{1,63}(?:\.[A-Za-z0-9_\-]{1,63})*\.?")
_MAX_HOST_CHARS = 253
_MAX_LABEL_CHARS = 63


# No page is served from a longer URL: web servers refuse a request line over 8 KB (Apache's LimitRequestLine 8190,
# nginx's 8k header buffers). A longer base, from a ``<base href>`` or ``url=``, is not joined: each join copies and
# re-splits it, so a 1 MB base cost 0.4 s per image (a page of 1,000 relative images ran for 30 s).
MAX_BASE_CHARS = 8_192


# The schemes whose URLs read a backslash before the query as a slash (WHATWG URL: "special" schemes), as do links
# without a scheme.
_SPECIAL_SCHEMES = frozenset(("http", "https", "ws", "wss", "ftp", "file"))


def _slashed(url: str) -> str:
    """``url`` with every backslash before its query or fragment written as a slash, as browsers read a link of
    a special scheme or a relative one (``images\\2024\\a.jpg``, a Windows-written path, loads ``images/2024/a.jpg``;
    ``https:\\\\cdn.example/a.jpg`` loads ``https://cdn.example/a.jpg``). Python's URL functions keep them, and
    joined them as part of the path."""
    if "\\" not in url:
        return url
    cut = len(url)
    for mark in "?#":
        if (at := url.find(mark, 0, cut)) >= 0:
            cut = at
    scheme = _SCHEME.match(url)
    if scheme is not None and scheme.group(1).lower() not in _SPECIAL_SCHEMES:
        return url
    return url[:cut].replace("\\", "/") + url[cut:]


def join_url(base: str | None, href: str) -> str:
    """``href`` resolved against ``base``; ``href`` itself when there is no base, the base is over
    :data:`MAX_BASE_CHARS`, or the join fails. Backslashes before the query are slashes (:func:`_slashed`)."""
    href = _slashed(href)
    if not base or len(base) > MAX_BASE_CHARS:
        return href
    try:
        return urljoin(_slashed(base), href)
    except ValueError:  # a malformed base or link (unbalanced IPv6 brackets): keep the link as written
        return href


def checked_url(url: str | None, schemes: tuple[str, ...] = DEFAULT_URL_SCHEMES) -> tuple[str | None, str | None]:
    """``(url, None)`` for a usable URL, ``(None, reason)`` for one that must not reach a model.

    Usable (after removing tabs and line breaks, writing inner spaces as ``%20`` and backslashes before the query
    of a special scheme's URL as slashes, as browsers do):
    no control characters or lone surrogates; parseable by :func:`urllib.parse.urlsplit`; a well-formed host
    when it has one; and either relative, protocol-relative, or of a scheme in ``schemes`` (compared
    case-insensitively). A user name or password before the host is removed, the URL kept, with the reason.
    """
    if url is None:
        return None, None
    url = _slashed(_STRIPPED.sub("", url).strip().replace(" ", "%20"))
    if not url:
        return None, None
    if _BAD_CHARS.search(url):
        return None, "a URL with control characters or invalid Unicode was dropped"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - urlsplit checks the port only when it is read
    except ValueError:
        return None, "a malformed URL was dropped"
    if parts.netloc and not _is_host(parts.hostname, parts.netloc):
        return None, "a URL with a malformed host name was dropped"
    match = _SCHEME.match(url)
    if match and match.group(1).lower() not in schemes:
        scheme = match.group(1).lower()
        return None, f"a URL of scheme {scheme!r} was dropped (ParseOptions.url_schemes allows {list(schemes)})"
    if "@" in parts.netloc:
        return _without_user_info(url, parts.netloc), _USER_INFO_REMOVED
    return url, None


_USER_INFO_REMOVED = "a user name or password (user:pass@) was removed from a URL"


def _without_user_info(url: str, netloc: str) -> str:
    """``url`` without the user name and password before its host: credentials of a crawler's or a paywall's account
    (``https://user:secret@news.example/a``, or a token as the user name) must not reach an Article, and a page's
    URL would lend them to every image joined to it."""
    start = url.find("//") + 2  # urlsplit found a netloc, so the URL has "//" and the netloc right after it
    return url[:start] + netloc.rpartition("@")[2] + url[start + len(netloc):]


def _is_host(host: str | None, netloc: str) -> bool:
    """Whether a URL's host is one a browser could look up: a name (Unicode ones by their IDNA form,
    "bücher.de"), an IPv4 address, or a bracketed IPv6 one (which ``urlsplit`` checked). Not "...", "exa mple.com",
    an empty host ("http://:80/"), a label over 63 characters, or a label holding a character IDNA writes as a dot
    (U+2024 ONE DOT LEADER, U+FE52 SMALL FULL STOP, U+2488 "1."): the host looked up is not the one shown."""
    if not host:
        return False
    if "[" in netloc:
        return True
    if host.isascii():
        # IDNA gives an ASCII name back as it is (refusing only empty or over-long labels, which the pattern
        # refuses too), so the pattern alone decides: no dot split, no codec look-up (most hosts).
        return len(host) <= _MAX_HOST_CHARS and _HOST_NAME.fullmatch(host) is not None
    labels = dots.split(host)
    try:
        if any(_label_too_long(label) for label in labels):
            return False  # (IDNA says so only after its Punycode step, quadratic in the label: 10 KB took 11 s)
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:  # an empty or over-long label, or characters IDNA cannot map
        return False
    if ascii_host.count(".") != len(labels) - 1:
        return False  # a label IDNA maps to a dot ("ex\u2024ample.com" is the host "ex.ample.com", shown as another)
    return len(ascii_host) <= _MAX_HOST_CHARS and _HOST_NAME.fullmatch(ascii_host) is not None


def _label_too_long(label: str) -> bool:
    """Is a host label over 63 characters in its IDNA form? Its nameprep form is never longer than that (Punycode
    writes each character as one or more), so a label whose nameprep form is over 63 is too long."""
    if len(label) <= _MAX_LABEL_CHARS:
        return False
    return label.isascii() or len(nameprep(label)) > _MAX_LABEL_CHARS


def file_name(src: str) -> str:
    """The last part of the path of ``src``, query and fragment dropped ("photo.jpg" of ".../a/photo.jpg?w=300#x";
    "a" of ".../a/"); plain string cuts, since ``urlsplit`` raises on some links pages hold ("http://[::1/a.jpg")."""
    return src.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
