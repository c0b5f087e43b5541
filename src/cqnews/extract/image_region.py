"""Where an article's pictures stand around its body: the ``<article>``/``<main>`` region close around the body
container (or the wrapper it shares with the headline), the lead media just before it and the galleries just after.

:func:`cqnews.extract.images.find_images` walks these regions in document order; pictures found outside the
region itself (lead media, trailing galleries) count only with a figure or a caption.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ..lexicon.captions import GALLERY_CLASS_WORDS
from .image_tree import ARTICLE_TAGS, ancestors

__all__ = ["OUTER_LEVELS", "article_region", "lead_media", "trailing_galleries"]

OUTER_LEVELS = 8  # (how far above the body container an <article>/<main> still counts as its region)


_LEAD_LEVELS = 3
_LEAD_SIBLINGS = 4


def lead_media(container: HtmlElement) -> list[HtmlElement]:
    """Elements just before the article region that may hold its lead picture, in document order.

    The lead picture or gallery often stands beside the article element or the text container:
    the few elements before it, and before each of its first ancestors.
    Images found there count only with a figure or a caption (strict candidates).
    """
    levels: list[list[HtmlElement]] = []
    node = container
    for _ in range(_LEAD_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        before = [el for el in node.itersiblings(preceding=True) if isinstance(el.tag, str)][:_LEAD_SIBLINGS]
        levels.append(before[::-1])
        node = parent
    return [el for level in reversed(levels) for el in level if el.tag not in ("script", "style", "nav", "header")]


_TRAILING_SIBLINGS = 2
_GALLERY_CLASS = re.compile("|".join(GALLERY_CLASS_WORDS), re.IGNORECASE)


def trailing_galleries(region: HtmlElement) -> list[HtmlElement]:
    """Picture sets standing right after the article region (``<article>…</article><div class=gallery>``):
    among the next few elements, those whose class or id names a gallery, slider or carousel. Their pictures
    count only with a figure or a caption, as lead media do."""
    after = [el for el in region.itersiblings() if isinstance(el.tag, str)][:_TRAILING_SIBLINGS]
    return [el for el in after if _GALLERY_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}")]


def article_region(root: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The ``<article>``/``<main>`` close around the body container, or the wrapper shared with the headline."""
    for depth, anc in enumerate(container.iterancestors()):
        if depth >= OUTER_LEVELS:
            break
        if anc.tag in ARTICLE_TAGS:
            return anc
    return _headline_wrapper(root, container)


_HEADLINE_LEVELS = 4


def _headline_wrapper(root: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The element holding both the ``<h1>`` and the body container, when it is close above the container.

    Pages without an ``<article>``/``<main>`` around the body (or whose body container *is* the
    ``<article>``) put the lead picture between headline and body: this wrapper is where to look.
    Only the first few ``<h1>`` are tried, each with a walk up its ancestors.
    """
    chain = ancestors(container, _HEADLINE_LEVELS)
    if not chain:
        return None
    above = set(chain)
    for count, h1 in enumerate(root.iter("h1")):
        if count >= 3:
            break
        for anc in h1.iterancestors():
            if anc is container:
                break  # a headline inside the body container: its lead picture is inside too
            if anc in above:
                return anc if anc.tag not in ("body", "html") else None
    return None
