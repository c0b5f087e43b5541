"""Small tree helpers shared by the image finder: class words, bounded ancestor walks, figures."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml.html import HtmlElement

__all__ = [
    "ARTICLE_TAGS",
    "CAMEL",
    "MAX_CAPTION_NODES",
    "WORD_SPLIT",
    "ancestors",
    "class_id",
    "enclosing_figure",
    "figure_captioned",
    "is_element",
    "only_child",
    "only_element",
    "sole_wrapper",
]


ARTICLE_TAGS = frozenset(("article", "main"))


CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


WORD_SPLIT = re.compile(r"[\s_\-]+")


def class_id(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def ancestors(el: HtmlElement, limit: int) -> list[HtmlElement]:
    """Up to ``limit`` ancestors; <source>/<picture> wrappers do not count towards the limit."""
    out: list[HtmlElement] = []
    counted = 0
    for anc in el.iterancestors():
        out.append(anc)
        if anc.tag not in ("source", "picture"):
            counted += 1
            if counted >= limit:
                break
    return out


def enclosing_figure(el: HtmlElement) -> HtmlElement | None:
    for anc in ancestors(el, 5):
        if anc.tag == "figure":
            return anc
        cls = (anc.get("class") or "").lower()
        if "wp-caption" in cls or "wp-block-image" in cls:
            return anc
    return None


MAX_CAPTION_NODES = 300


def figure_captioned(el: HtmlElement) -> bool:
    """``el`` stands in a figure whose ``<figcaption>`` holds text."""
    figure = enclosing_figure(el)
    return figure is not None and any("".join(cap.itertext()).strip() for cap in figure.iter("figcaption"))


def is_element(el: HtmlElement) -> bool:
    return isinstance(el.tag, str)


def only_element(parent: HtmlElement, _node: HtmlElement) -> bool:
    """``parent`` holds one child element (text beside it not looked at)."""
    return len(parent) == 1


def only_child(parent: HtmlElement, _node: HtmlElement) -> bool:
    """``parent`` holds one child element and no text before it."""
    return len(parent) == 1 and not (parent.text or "").strip()


def sole_wrapper(
    node: HtmlElement,
    levels: int,
    tags: frozenset[str] | None = None,
    holds_only: Callable[[HtmlElement, HtmlElement], bool] = only_child,
) -> HtmlElement:
    """The outermost of the wrappers around ``node`` that hold nothing else (``holds_only(wrapper, inner)``), at
    most ``levels`` of them and each of ``tags`` when given; ``node`` itself when it has none. libxml2 nests an
    ``<img>`` in every non-void ``<source>``: those wrappers do not count towards ``levels``."""
    climbs = 0
    while climbs < levels:
        parent = node.getparent()
        if parent is None or (tags is not None and parent.tag not in tags) or not holds_only(parent, node):
            break
        node = parent
        climbs += parent.tag != "source"
    return node
