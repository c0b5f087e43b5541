"""What a page declares for machines: its ``<meta>`` tags read by field, and a declared value (a meta tag's
content, a JSON-LD value) as plain text (split from :mod:`.metadata`)."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from lxml.html import HtmlElement

from ..text import normalize_space, without_tags

__all__ = ["as_date_text", "as_text", "meta_values"]

# meta attribute value -> field; first hit per field wins, in table order.
_META_FIELDS: tuple[tuple[str, str], ...] = (
    ("og:title", "title"),
    ("twitter:title", "title"),
    ("og:description", "description"),
    ("description", "description"),
    ("twitter:description", "description"),
    ("article:published_time", "published"),
    ("og:article:published_time", "published"),
    ("article:published", "published"),
    ("datepublished", "published"),
    ("pubdate", "published"),
    ("publishdate", "published"),
    ("publish-date", "published"),
    ("publish_date", "published"),
    ("published_time", "published"),
    ("parsely-pub-date", "published"),
    ("sailthru.date", "published"),
    ("dc.date.issued", "published"),
    ("dc.date", "published"),
    ("dcterms.created", "published"),
    ("date", "published"),
    ("article:modified_time", "updated"),
    ("og:updated_time", "updated"),
    ("datemodified", "updated"),
    ("lastmod", "updated"),
    ("og:site_name", "site_name"),
    ("application-name", "site_name"),
    ("og:locale", "locale"),
    ("content-language", "locale"),
    ("dc.language", "locale"),
    ("keywords", "keywords"),
    ("news_keywords", "keywords"),
    ("article:tag", "tags"),
    ("article:section", "section"),
)
_META_INDEX = {name: index for index, (name, _) in enumerate(_META_FIELDS)}


def meta_values(root: HtmlElement) -> dict[str, list[str]]:
    """The content of the page's ``<meta>`` tags of :data:`_META_FIELDS`, as plain text, by field: in table order."""
    found: dict[str, list[tuple[int, str]]] = {}
    for element in root.iter("meta"):
        key = (
            element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv") or ""
        )
        index = _META_INDEX.get(key.strip().lower())
        if index is None:
            continue
        value = as_text(element.get("content") or "")
        if value:
            found.setdefault(_META_FIELDS[index][1], []).append((index, value))
    return {name: [value for _, value in sorted(values, key=lambda item: item[0])] for name, values in found.items()}


def as_text(value: Any) -> str:
    """A declared value as plain text: unescaped once more, its HTML tags taken out (see :func:`_declared_value`)."""
    value = _declared_value(value)
    if not isinstance(value, str):
        return ""
    # Publishers often escape twice ("&amp;#8217;"): unescape what lxml left.
    text = html.unescape(value)
    if "<" in text:  # HTML source: its entities too are read ("<p>Here&#x27;s …</p>")
        text = html.unescape(without_tags(text))
    return normalize_space(text)


_LIST_ITEMS = 20  # items of a JSON-LD list looked at for its first value


def _declared_value(value: Any) -> Any:
    """A JSON-LD value as the page means it: of a list, the first item that is not empty (``null``, ``""``); of a
    value object (``{"@value": "2021-05-04T10:00:00Z", "@type": "DateTime"}``, ``{"@value": "…", "@language":
    "en"}``), its ``@value``."""
    if isinstance(value, list):
        value = next((item for item in value[:_LIST_ITEMS] if item is not None and item != ""), None)
    if isinstance(value, dict) and "@value" in value:
        value = value["@value"]
    return value


# A Unix time some CMSs write as a JSON-LD date ("datePublished": 1620122400, or in milliseconds, as a number or a
# string of digits): read as UTC when it names a moment from 1990 to a year after now, in seconds or else in
# milliseconds; any other number is no date.
_EARLIEST_UNIX_TIME = 631_152_000  # 1990-01-01T00:00:00Z
_FUTURE_SLACK = timedelta(days=366)


def as_date_text(value: Any, field: str, warnings: list[str]) -> str:
    """A declared date as text: a string as :func:`as_text` reads it (one of 9 to 13 digits naming a Unix time in
    range as that time); a JSON number as a Unix time in seconds or milliseconds (``1620122400`` is
    ``2021-05-04T10:00:00+00:00``), or ``""`` with a warning naming ``field`` when it names no moment from 1990 to
    a year after now."""
    value = _declared_value(value)
    if isinstance(value, str) and (moment := _unix_time_text(value)):
        return moment
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return as_text(value)
    if moment := _from_unix_time(value):
        return moment
    shown = str(value) if isinstance(value, float) or abs(value) < 10**30 else "over 10^30"
    warnings.append(f"the JSON-LD {field} {shown} is no Unix time from 1990 to next year: left out")
    return ""


_UNIX_DIGITS = re.compile(r"\s{0,20}(\d{9,13})\s{0,20}")


def _from_unix_time(value: float) -> str:
    """``value`` as ISO 8601 text when it names a moment from 1990 to a year after now in seconds or else in
    milliseconds; else ``""``."""
    latest = int((datetime.now(UTC) + _FUTURE_SLACK).timestamp())
    # (comparisons only, no float of the value: a JSON integer of hundreds of digits, NaN and Infinity are no time)
    for scale in (1, 1000):
        if _EARLIEST_UNIX_TIME * scale <= value <= latest * scale:
            return datetime.fromtimestamp(int(value) // scale, UTC).isoformat()
    return ""


def _unix_time_text(value: str) -> str:
    """A Unix time written as a string of digits (``"1620122400"``, or ``"1620122400000"`` in milliseconds), as
    ISO 8601 text, when it names a moment from 1990 to a year after now; else ``""`` (and the string is read as
    any other: ``"20210504"`` and ``"202105041000"`` are ISO 8601 basic dates, no Unix times in range)."""
    match = _UNIX_DIGITS.fullmatch(value)
    return _from_unix_time(int(match.group(1))) if match else ""
