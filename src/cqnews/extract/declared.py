"""What a page declares for machines: its ``<meta>`` tags read by field, and a declared value (a meta tag's
content, a JSON-LD value) as plain text (split from :mod:`.metadata`)."""

from __future__ import annotations

import html
from typing import Any

from lxml.html import HtmlElement

from ..text import normalize_space, without_tags

__all__ = ["as_text", "meta_values"]

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
    """A declared value as plain text: unescaped once more, its HTML tags taken out."""
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str):
        return ""
    # Publishers often escape twice ("&amp;#8217;"): unescape what lxml left.
    text = html.unescape(value)
    if "<" in text:  # HTML source: its entities too are read ("<p>Here&#x27;s …</p>")
        text = html.unescape(without_tags(text))
    return normalize_space(text)
