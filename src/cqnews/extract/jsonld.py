"""JSON-LD: the page's ``application/ld+json`` scripts, read once into a flat list of objects."""

from __future__ import annotations

import json
from typing import Any

from lxml.html import HtmlElement

__all__ = ["ARTICLE_TYPES", "is_article", "is_web_page", "json_ld_objects"]

ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
     "webpage", "liveblogposting", "backgroundnewsarticle", "report", "scholarlyarticle"}
)
_MAX_DEPTH = 5
_MAX_ITEMS = 50


def json_ld_objects(root: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON object of the page's JSON-LD, ``@graph`` and ``mainEntity`` flattened, in page order.

    Invalid or over-deep JSON is skipped, as a browser would ignore it.
    """
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        _flatten(data, objects, 0)
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


def _flatten(data: Any, out: list[dict[str, Any]], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data[:_MAX_ITEMS]:
            _flatten(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        graph = data.get("@graph")
        if graph is not None:
            _flatten(graph, out, depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            _flatten(main, out, depth + 1)
