"""JSON-LD: the page's ``application/ld+json`` scripts, read once into a flat list of objects."""

from __future__ import annotations

import json
from typing import Any

from lxml.html import HtmlElement

__all__ = [
    "ARTICLE_TYPES", "MAX_LD_DEPTH", "MAX_LD_ITEMS", "NOT_JSON", "TOO_DEEP",
    "is_article", "is_web_page", "json_ld_objects",
]

ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
     "webpage", "liveblogposting", "backgroundnewsarticle", "report", "scholarlyarticle"}
)
MAX_LD_DEPTH = 5
"""JSON-LD objects and lists nested deeper than this (by lists, ``@graph`` and ``mainEntity``) are not read."""
MAX_LD_ITEMS = 50
"""A JSON-LD list (a script's top-level array, a ``@graph``, a ``mainEntity`` list) is read up to this many items."""
TOO_DEEP = -1
"""What ``cut`` is given for an object or a list left unread for its depth."""
NOT_JSON = -2
"""What ``cut`` is given for a JSON-LD script that is no JSON."""


def json_ld_objects(root: HtmlElement, cut: list[int] | None = None) -> list[dict[str, Any]]:
    """Every JSON object of the page's JSON-LD, ``@graph`` and ``mainEntity`` flattened, in page order.

    Invalid JSON (and JSON nested too deep for Python's reader) is skipped, as search engines skip it, and
    :data:`NOT_JSON` appended to ``cut`` when given. A list is read up to :data:`MAX_LD_ITEMS` items and objects
    down to :data:`MAX_LD_DEPTH` levels: the length of each list read in part, and :data:`TOO_DEEP` for each
    object or list left unread for its depth, are appended to ``cut`` when given.
    """
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text or not script.text.strip():
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            if cut is not None:
                cut.append(NOT_JSON)
            continue
        _flatten(data, objects, 0, cut)
    return objects


def is_article(obj: dict[str, Any]) -> bool:
    """True for an object whose ``@type`` is an article type (NewsArticle, BlogPosting …)."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.casefold() in ARTICLE_TYPES for k in kinds)


def is_web_page(obj: dict[str, Any]) -> bool:
    """True for an object typed WebPage only (not also an article type): an SEO plugin's page object beside the
    article, whose name is the page's title and whose author is the account that published it."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return all(isinstance(k, str) and k.casefold() == "webpage" for k in kinds)


def _flatten(data: Any, out: list[dict[str, Any]], depth: int, cut: list[int] | None) -> None:
    if depth > MAX_LD_DEPTH:
        if cut is not None and isinstance(data, (dict, list)):
            cut.append(TOO_DEEP)
        return
    if isinstance(data, list):
        if len(data) > MAX_LD_ITEMS and cut is not None:
            cut.append(len(data))
        for item in data[:MAX_LD_ITEMS]:
            _flatten(item, out, depth + 1, cut)
    elif isinstance(data, dict):
        out.append(data)
        graph = data.get("@graph")
        if graph is not None:
            _flatten(graph, out, depth + 1, cut)
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            _flatten(main, out, depth + 1, cut)
