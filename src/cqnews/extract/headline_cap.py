"""One cap on the headline's length, whatever gives it: a ``<title>``, ``og:``/``twitter:title``, a JSON-LD
``headline`` or an ``<h1>``. A title over it is no headline (a whole article pasted into a tag, a generator's
fault): it is left out, another source may give the headline, and a warning says so. Before, an ``<h1>`` over 300
characters was left out without a word while a 100 KB ``<title>`` became the headline whole."""

from __future__ import annotations

from typing import Any

from lxml.html import HtmlElement

from .headings import heading_text

__all__ = ["MAX_HEADLINE_CHARS", "long_title_warning", "without_long_titles"]

MAX_HEADLINE_CHARS = 300
"""The most characters a headline has (the longest in the corpus has about 150)."""


def without_long_titles(
    ld: dict[str, Any], meta: dict[str, list[str]], title_tag: str, root: HtmlElement
) -> tuple[dict[str, Any], dict[str, list[str]], str, list[str]]:
    """The JSON-LD object, meta values and ``<title>`` with every title over the cap taken out, and the names of
    the sources so left out (``<h1>`` too, which :func:`~cqnews.extract.headings.visible_headings` leaves out)."""
    long: list[str] = []
    headline = ld.get("headline")
    if any(isinstance(h, str) and len(h) > MAX_HEADLINE_CHARS for h in _values(headline)):
        ld, long = {**ld, "headline": None}, ["JSON-LD headline"]
    titles = meta.get("title", [])
    if any(len(title) > MAX_HEADLINE_CHARS for title in titles):
        meta = {**meta, "title": [title for title in titles if len(title) <= MAX_HEADLINE_CHARS]}
        long.append("og:title")
    if len(title_tag) > MAX_HEADLINE_CHARS:
        title_tag = ""
        long.append("<title>")
    if any(len(heading_text(h1)) > MAX_HEADLINE_CHARS for h1 in root.iter("h1")):
        long.append("<h1>")
    return ld, meta, title_tag, long


def _values(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def long_title_warning(sources: list[str]) -> str | None:
    """The warning for titles left out as over the cap, None when there were none."""
    if not sources:
        return None
    return (f"a title over {MAX_HEADLINE_CHARS} characters is no headline: left out ({', '.join(sources)})")
