"""Small tree helpers shared by the image finder: class words, bounded ancestor walks, figures."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

__all__ = [
    "ARTICLE_TAGS",
    "CAMEL",
    "MAX_CAPTION_NODES",
    "WORD_SPLIT",
    "ancestors",
    "class_id",
    "enclosing_figure",
    "is_element",
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


def is_element(el: HtmlElement) -> bool:
    return isinstance(el.tag, str)
