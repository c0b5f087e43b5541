"""Hankook Ilbo (hankookilbo.com), Korean.

Verified on real pages (the Fundus test pages): 2026 articles, whose body the page ships as
data (the React Query state pushed to ``window["__RQ_R_…"]`` holds ``detail.contentHtml``; the
rendered HTML may lack it), and a 2025 article rendered as HTML (``p.editor-p`` paragraphs). In
both, figures are ``div.editor-img-box`` with the caption in ``div.caption``.
"""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.html

from ..text import normalize_space
from .base import Layout, Page, Site, has_class

__all__ = ["HankookIlbo"]

_STATE_SCRIPT = "//script[contains(., '\"contentHtml\"')]/text()"
_PUSH = ".push("
_CAPTION = f".//div[{has_class('caption')}]"
_FIGURE = f"div[{has_class('editor-img-box')}]"
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_KST_STAMP = re.compile(r"(?P<y>\d{4})\.(?P<m>\d{2})\.(?P<d>\d{2}) (?P<time>\d{2}:\d{2})")


class ReactQueryState(Layout):
    """2026 pages: the article HTML is ``detail.contentHtml`` in the React Query state; headline ``detail.title``."""

    NAME = "react-query"
    FINGERPRINT = "//script[contains(., '\"contentHtml\"')]"
    BODY = "."  # the contentHtml fragment, parsed on its own
    DROP = f".//{_FIGURE}"
    IMAGES = f".//{_FIGURE}"
    CAPTION = _CAPTION

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.detail = _article_detail(page.root)
        html = self.detail.get("contentHtml")
        # Selectors of this layout read the article fragment, not the page around it.
        self.root = lxml.html.fragment_fromstring(html or "<div></div>", create_parent="div")

    def headline(self) -> str | None:
        return self._detail_text("title")

    def summary(self) -> str | None:
        """``detail.subTitle``: the standfirst, lines separated by ``<br>``."""
        return self._detail_text("subTitle")

    def published(self) -> list[str]:
        """``detail.deployDt`` ("2026.01.29 18:40", Korea time: the site's ``TIMEZONE`` gives the offset)."""
        found = _KST_STAMP.fullmatch(self._detail_text("deployDt") or "")
        return [f"{found['y']}-{found['m']}-{found['d']}T{found['time']}:00"] if found else []

    def _detail_text(self, key: str) -> str | None:
        value = self.detail.get(key)
        if not isinstance(value, str) or not value.strip():
            return None
        value = _BR.sub(" ", value)  # "<br>" separates the standfirst's lines
        return normalize_space(lxml.html.fragment_fromstring(value, create_parent="div").text_content()) or None


class EditorParagraphs(Layout):
    """Pages rendered as HTML (2025): ``p.editor-p`` paragraphs; the headline as the JSON-LD declares it."""

    NAME = "editor-p"
    BODY = f"/descendant::p[{has_class('editor-p')}][1]/.."
    # The container also holds the standfirst (h2.sub-tit-ll), pull quotes, share buttons and related links.
    PARAGRAPHS = f"./p[{has_class('editor-p')}] | ./h3 | ./h4"
    SUMMARY = f"//h2[{has_class('sub-tit-ll')}]"
    IMAGES = f"/descendant::p[{has_class('editor-p')}][1]/../{_FIGURE}"
    CAPTION = _CAPTION

    def headline(self) -> str | None:
        """The JSON-LD ``headline``: the site writes it without the decorative quotes of the ``<h1>``."""
        for node in self.page.meta.ld_objects:  # parsed once with the page metadata
            title = node.get("headline")
            if isinstance(title, str) and title.strip():
                return normalize_space(title)
        return self.first("//h1")


class HankookIlbo(Site):
    """Hankook Ilbo, a Seoul daily."""

    NAME = "hankookilbo"
    DOMAINS = ("hankookilbo.com",)
    LAYOUTS = (ReactQueryState, EditorParagraphs)
    LANGUAGE = "ko"
    TIMEZONE = "Asia/Seoul"


def _article_detail(root: lxml.html.HtmlElement) -> dict[str, Any]:
    """The ``detail`` object (with ``contentHtml``) of the first state script that has one."""
    for script in root.xpath(_STATE_SCRIPT):
        start = script.find(_PUSH)
        if start < 0:
            continue
        try:
            state, _ = json.JSONDecoder().raw_decode(script[start + len(_PUSH):])
        except (ValueError, RecursionError):
            continue
        found = _find_detail(state, depth=8)
        if found:
            return found
    return {}


def _find_detail(node: Any, depth: int) -> dict[str, Any] | None:
    """Depth-limited search for the dict that holds ``contentHtml`` as a string."""
    if depth < 0:
        return None
    if isinstance(node, dict):
        if isinstance(node.get("contentHtml"), str):
            return node
        children: Any = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _find_detail(child, depth - 1)
        if found:
            return found
    return None
