"""South China Morning Post (scmp.com).

Verified on a real page: a 2020 opinion article. Its body is rendered by JavaScript: the HTML
holds the text only as data, in the Apollo state (paragraph structure kept) and in the JSON-LD
``articleBody`` (one string). Current pages (2023-) are not verified offline; the JSON-LD
layout still applies when they carry it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..extract.blocks import BodyResult, clean_blocks
from ..models import BlockKind
from .base import Layout, Site, has_class

__all__ = ["SCMP"]

_PARAGRAPH_BREAK = re.compile(r"\n+|(?<=[.!?’”\"])\s{2,}")


class JsonLdArticle(Layout):
    """The article text from JSON-LD ``articleBody``; headline and byline from the visible page."""

    NAME = "json-ld"
    FINGERPRINT = "//script[@type='application/ld+json'][contains(., 'articleBody')]"
    HEADLINE = f"//h1[{has_class('main-headline')}] | //h1[@data-qa='ContentHeadline-Headline']"
    BYLINE = f"(//div[{has_class('author-card')}]//p[{has_class('main-info__name')}])[1]"

    def body(self) -> BodyResult:
        text = self._article_body()
        if not text:
            return BodyResult(warnings=[f"layout {self.NAME}: no articleBody in the JSON-LD"])
        return clean_blocks([(BlockKind.PARAGRAPH, part) for part in _PARAGRAPH_BREAK.split(text)])

    def _article_body(self) -> str | None:
        # The JSON-LD was parsed once with the page metadata.
        for node in self.page.meta.ld_objects:
            if isinstance(node.get("articleBody"), str):
                return str(node["articleBody"])
        return None


_APOLLO = "//script[contains(., 'window.__APOLLO_STATE__=')]/text()"
_NODE_KINDS = {"p": BlockKind.PARAGRAPH, "h2": BlockKind.HEADING, "h3": BlockKind.HEADING,
               "blockquote": BlockKind.BLOCKQUOTE, "li": BlockKind.LIST_ITEM}


class ApolloState(Layout):
    """The article body as the page's Apollo state holds it: a list of ``{"type": "p", "children": …}`` nodes."""

    NAME = "apollo"
    FINGERPRINT = "//script[contains(., 'window.__APOLLO_STATE__=')]"
    HEADLINE = JsonLdArticle.HEADLINE
    BYLINE = JsonLdArticle.BYLINE

    def body(self) -> BodyResult:
        nodes = self._body_nodes()
        if not nodes:
            return BodyResult(warnings=[f"layout {self.NAME}: no article body in the Apollo state"])
        raw = [
            (_NODE_KINDS[node["type"]], _node_text(node))
            for node in nodes
            if isinstance(node, dict) and node.get("type") in _NODE_KINDS and not _is_link_only(node)
        ]
        return clean_blocks(raw)

    def _body_nodes(self) -> list[Any]:
        for script in self.root.xpath(_APOLLO):
            start = script.find("=") + 1
            try:
                state = json.loads(script[start:].strip().rstrip(";"))
            except (ValueError, RecursionError):
                continue
            for key, content in state.get("contentService", {}).items():
                if key.startswith("$ROOT_QUERY.content(") and isinstance(content, dict):
                    for field, value in content.items():
                        if field.startswith("body(") and isinstance(value, dict):
                            return value.get("json") or []
        return []


def _node_text(node: Any) -> str:
    if isinstance(node, dict):
        return (
            node.get("data", "") if node.get("type") == "text"
            else "".join(_node_text(c) for c in node.get("children", []))
        )
    return ""


def _is_link_only(node: dict[str, Any]) -> bool:
    """A heading that is only a link: SCMP's inline "related article" teasers."""
    children = node.get("children", [])
    return node.get("type") in {"h2", "h3"} and bool(children) and all(
        isinstance(child, dict) and child.get("type") == "a" for child in children
    )


class SCMP(Site):
    """South China Morning Post."""

    NAME = "scmp"
    DOMAINS = ("scmp.com",)
    LAYOUTS = (ApolloState, JsonLdArticle)
    LANGUAGE = "en"
    TIMEZONE = "Asia/Hong_Kong"
