"""The page's visible headings that may be its headline, and the ones that are the site's logo.

Older blog and local-news themes write the site's name as the ``<h1>`` of every page (``<h1
class="site-title"><a href="/">Pine County Herald</a></h1>``), often with a ``<title>`` that is that
name alone, and the story's title as an ``<h2 class="entry-title">``. The logo is no headline: it
is set apart, and the titled ``<h2>`` stands in for the missing ``<h1>``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ..text import normalize_space
from .pre_text import pre_title

__all__ = ["heading_text", "shown_text", "visible_headings"]

_MIN_CHARS = 4
_MAX_CHARS = 300  # (headline_cap.MAX_HEADLINE_CHARS: a longer <h1> is no headline)
_HOME_PATHS = frozenset(("", "/", "./", "/index.html", "/index.htm", "/index.php", "index.html", "index.htm"))
# The class of a heading (or of its parent) that holds the site's name: "site-title", "site-name", "logo",
# "brand", "masthead" as whole class tokens (not "catalog", "brand-new-title").
_LOGO_CLASS = re.compile(r"(?<![\w-])(?:site[-_](?:title|name|logo)|logo|brand|masthead)(?![\w-])", re.IGNORECASE)
# The class of a heading that holds the story's title in blog and CMS themes ("entry-title", "post-title",
# "headline"; not "headline-list", a list of other stories' titles).
_TITLE_CLASS = re.compile(r"(?<![\w-])(?:(?:entry|post|article|story|news)[-_]title|headline)(?![\w-])", re.IGNORECASE)


def visible_headings(root: HtmlElement) -> tuple[list[str], list[str]]:
    """The ``<h1>`` texts that may be the headline, in document order, and the texts of the ``<h1>``
    logos (a link to the home page and nothing else). With no ``<h1>`` left, the first ``<h2>`` whose
    class names a story title stands in; with no ``<h1>`` at all, the first such heading, ``<div>``, ``<p>``
    or ``<span>``."""
    headings: list[str] = []
    logos: list[str] = []
    for h1 in root.iter("h1"):
        text = heading_text(h1)
        if not _MIN_CHARS <= len(text) <= _MAX_CHARS:
            continue
        (logos if _is_logo(h1, text) else headings).append(text)
    if not headings:
        # (a page with no <h1> at all may hold its title in any element so classed: <div class="headline">)
        tags = ("h2",) if logos else _TITLED_TAGS
        titled = next((e for e in root.iter(*tags) if _TITLE_CLASS.search(e.get("class") or "")), None)
        text = heading_text(titled) if titled is not None else ""
        if _MIN_CHARS <= len(text) <= _MAX_CHARS:
            headings.append(text)
    if not headings and not logos and (title := pre_title(root)) is not None and len(title) <= _MAX_CHARS:
        headings.append(title)  # (a text page in one <pre>: its title line)
    return headings, logos


_TITLED_TAGS = ("h2", "h3", "div", "p", "span", "strong")


def heading_text(element: HtmlElement) -> str:
    """The text of a heading, a line break read as a space: ``<h1>Council approves<br>new bridge</h1>`` is
    "Council approves new bridge" (``text_content()`` glues the lines: "approvesnew")."""
    if element.find(".//br") is None:
        return normalize_space(element.text_content())
    # (between two Han characters the break joins without a space, as Chinese writes: "江城新大桥<br>今日通车")
    return normalize_space(_BREAK.sub(" ", _HAN_BREAK.sub("", "".join(_texts(element)))))


_BREAK = re.compile(r"\x00")
_HAN_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])\s{0,3}\x00\s{0,3}(?=[\u4e00-\u9fff])")


def _texts(element: HtmlElement) -> Iterator[str]:
    """The element's text nodes in order, each ``<br>`` as a NUL mark (comments and scripts left out)."""
    if element.tag == "br":
        yield "\x00"
    elif isinstance(element.tag, str) and element.tag not in ("script", "style"):
        yield element.text or ""
        for child in element:
            yield from _texts(child)
            yield child.tail or ""


def shown_text(root: HtmlElement, candidates: list[str]) -> str | None:
    """The first of ``candidates`` that the page shows as the whole text of an element near its top: an
    element without children, a heading or an element whose class names a title (``<div class="title">``),
    in document order. (A text node alone is not enough: ``<h1>…<br>…</h1>`` shows one headline in two.)"""
    body = root.find("body")
    wanted = {candidate.casefold() for candidate in candidates}
    if body is None or not wanted:
        return None
    longest = max(len(candidate) for candidate in candidates)
    for element in itertools.islice(body.iter(), _SHOWN_ELEMENTS):
        text = element.text or ""
        titled = element.tag in _HEADING_TAGS or "title" in (element.get("class") or "").lower()
        if len(element):
            if not titled or len(text) > 2 * longest:
                continue
            text = heading_text(element)  # (a heading may wrap its words in <a>, <em> …)
        folded = normalize_space(text).casefold() if len(text) <= 2 * longest else ""
        if folded in wanted:
            return next(candidate for candidate in candidates if candidate.casefold() == folded)
    return None


_SHOWN_ELEMENTS = 3000  # elements read: a headline stands near the top of the page
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4"))


def _is_logo(h1: HtmlElement, text: str) -> bool:
    """Is the heading a link to the site's home page and nothing else, or classed as the site's name or logo
    (``<h1 class="site-title">``, ``<div class="logo"><h1>…``)?"""
    parent = h1.getparent()
    classes = f"{h1.get('class')} {parent.get('class') if parent is not None else ''}"
    if _LOGO_CLASS.search(classes):
        return True
    links = list(h1.iter("a"))
    if len(links) != 1 or normalize_space(links[0].text_content()) != text:
        return False
    href = (links[0].get("href") or "").strip()
    return urlsplit(href).path in _HOME_PATHS and not urlsplit(href).query
