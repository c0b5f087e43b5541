"""Site plugins: one small declarative parser per site layout, discoverable and testable.

>>> from cqnews import sites
>>> [row.name for row in sites.available()][:3]
['banyuetan', 'cgtn', 'chinadaily']

Write a plugin by subclassing :class:`Site` and :class:`Layout` (see ``docs/plugins.md``);
install it under the entry point group ``cqnews.sites`` or call :func:`register`.
"""

from __future__ import annotations

from .base import GenericLayout, Layout, Page, Platform, PluginDefinitionError, Site, has_class, xpath
from .registry import (
    ENTRY_POINT_GROUP,
    SiteInfo,
    available,
    extract_page,
    extract_text_dump,
    for_url,
    get,
    refresh,
    register,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "GenericLayout",
    "Layout",
    "Page",
    "Platform",
    "PluginDefinitionError",
    "Site",
    "SiteInfo",
    "available",
    "extract_page",
    "extract_text_dump",
    "for_url",
    "get",
    "has_class",
    "refresh",
    "register",
    "rows",
    "xpath",
]


def rows() -> list[tuple[str, ...]]:
    """:func:`available` as printable rows (name, kind, domains, layouts, source) for ``cqnews sites``."""
    return [tuple(row) for row in available()]
