"""Find byline text in a document tree: structured metadata first, then visible byline elements.

* :func:`find_author_metadata` gives author names from JSON-LD (``author.name``) and ``<meta>``
  tags (``author``, ``article:author`` when not a URL, ``parsely-author``, ``sailthru.author``,
  ``byl``, ``dc.creator``): clean names for ``Draft.authors``.
* :func:`find_bylines` gives visible byline lines as written ("By Tan Yingzi in Chongqing"):
  ``rel=author`` links, ``itemprop=author`` and elements whose class or id mentions byline or author,
  for ``Draft.bylines`` (parse them with :func:`cqnews.enrich.credits.parse_credit_line`).

Both walk the tree once.
"""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from ..text import normalize_space
from .jsonld import is_article, json_ld_objects

__all__ = ["find_author_metadata", "find_bylines"]


_META_NAMES = ("author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator", "dcterms.creator",
               "cxenseparse:author", "og:article:author", "twitter:creator:name")
_BYLINE_CLASS = re.compile(r"byline|(?:^|[\s_\-])(?:author|authors|article-author|author-name|authorname|writer|"
                           r"contributor|contributors)(?:$|[\s_\-])|AuthorName|BylineName|Byline", re.IGNORECASE)
_NOT_BYLINE_CLASS = re.compile(r"avatar|image|img|photo|bio|description|social|follow|twitter|email|more|related|"
                               r"share|date|time|comment|icon|wrapper-img", re.IGNORECASE)
_BYLINE_WORDS = ("byline", "author", "writer", "contributor")  # every _BYLINE_CLASS match holds one
_MAX_BYLINE = 160


def _names_from_ld(value: Any, out: list[str], depth: int = 0) -> None:
    if depth > 4 or value is None:
        return
    if isinstance(value, str):
        text = normalize_space(value)
        if text and not text.startswith(("http://", "https://")) and len(text) <= _MAX_BYLINE:
            out.append(text)
    elif isinstance(value, list):
        for item in value[:20]:
            _names_from_ld(item, out, depth + 1)
    elif isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            _names_from_ld(name, out, depth + 1)
        elif isinstance(name, list):
            _names_from_ld(name, out, depth + 1)


def find_author_metadata(root: HtmlElement, ld_objects: list[dict[str, Any]] | None = None) -> list[str]:
    """Author names from JSON-LD article objects, else from author ``<meta>`` tags, in page order.

    JSON-LD wins when it names anyone: meta tags then are not consulted. Values that are URLs are
    skipped. Names are whitespace-normalised and deduplicated case-insensitively. Pass the page's
    ``ld_objects`` when they are already read (see :func:`~cqnews.extract.jsonld.json_ld_objects`).
    """
    ld_names: list[str] = []
    for obj in json_ld_objects(root) if ld_objects is None else ld_objects:
        if is_article(obj) and "author" in obj:
            _names_from_ld(obj.get("author"), ld_names)
    names = ld_names or _meta_author_names(root)
    return list({n.casefold(): n for n in reversed(names)}.values())[::-1] if names else []


def _meta_author_names(root: HtmlElement) -> list[str]:
    names: list[str] = []
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or "").strip().lower()
        if key in _META_NAMES:
            content = normalize_space(el.get("content") or "")
            if content and not content.startswith(("http://", "https://", "@")) and len(content) <= _MAX_BYLINE:
                names.append(content)
    return names


_OUTSIDE = re.compile(r"related|recommend|teaser|promo|outbrain|taboola|most-?read|trending|more-stories|"
                      r"newsletter|caption|gallery", re.IGNORECASE)
_OUTSIDE_PARTS = frozenset(("card", "cards", "comment", "comments", "sidebar", "widget", "list", "feed", "rail"))


def _outside_byline(el: HtmlElement) -> bool:
    """Ancestors whose bylines are not the article's: related lists, cards, captions, footers."""
    if el.tag in ("footer", "nav", "aside", "figure", "figcaption"):
        return True
    value = f"{el.get('class') or ''} {el.get('id') or ''}"
    if _OUTSIDE.search(value):
        return True
    return any(token.lower() in _OUTSIDE_PARTS for token in value.split())


def _is_byline_element(el: HtmlElement) -> bool:
    rel = el.get("rel")
    if rel and "author" in rel.lower().split():
        return True
    itemprop = el.get("itemprop")
    if itemprop and itemprop.lower() == "author":
        return True
    cls = el.get("class") or ""
    ident = el.get("id")
    if ident:
        cls = f"{cls} {ident}"
    # Most elements name none of the byline words: a plain substring test settles them cheaply.
    lowered = cls.lower()
    if not any(word in lowered for word in _BYLINE_WORDS):
        return False
    return bool(_BYLINE_CLASS.search(cls)) and not _NOT_BYLINE_CLASS.search(cls)


def find_bylines(root: HtmlElement) -> list[str]:
    """Visible byline lines as written, in document order, each once.

    Candidates are ``rel=author`` links, ``itemprop=author`` elements and elements whose class or id
    mentions byline/author (not author images, bios or share links). Only the outermost matching
    element counts, so "By <a rel=author>Jane Doe</a>" gives one line; lines longer than 160
    characters (bio boxes) are skipped.
    """
    lines: list[str] = []
    taken: set[HtmlElement] = set()
    outside: dict[HtmlElement, bool] = {}  # verdicts per ancestor, so each element is judged once
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "link", "img", "svg", "html", "body"):
            continue
        if not _is_byline_element(el):
            continue
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        blocked = False
        for anc in el.iterancestors():
            verdict = outside.get(anc)
            if verdict is None:
                verdict = outside[anc] = _outside_byline(anc)
            if verdict or anc in taken:
                blocked = True
                break
        if blocked:
            continue
        if "caption" in cls.lower() or "credit" in cls.lower():
            continue
        text = normalize_space(" ".join(t for t in el.itertext()))
        if not text or len(text) > _MAX_BYLINE:
            continue  # a wrapper (or a bio): look inside it
        taken.add(el)
        if text not in lines:
            lines.append(text)
    return lines
