"""A layout confirmed by its BODY (no FINGERPRINT) searches the page for its body container once."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest

from cqnews.document import parse_tree
from cqnews.extract.metadata import read_metadata
from cqnews.options import DEFAULT_OPTIONS
from cqnews.sites import Layout, Site, base
from cqnews.sites.base import Page

_PAGE = (
    "<html><head><title>Bridge opens</title></head><body><nav><p>Home</p></nav>"
    "<div id='story'><p>The new bridge over the river opened on Monday after three years of work.</p>"
    "<p>Traffic on the old bridge is expected to fall by half within a month.</p></div></body></html>"
)


class Story(Layout):
    NAME = "story"
    BODY = "//div[@id='story']"


class Fragment(Layout):
    """Reads its body from a tree of its own, as layouts reading a page's embedded HTML do."""

    NAME = "fragment"
    BODY = "//div[@id='story']"

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.root = lxml.html.fragment_fromstring(
            "<div id='story'><p>The fragment holds the article text, not the page around it.</p></div>",
            create_parent="div",
        )


class StorySite(Site):
    NAME = "story-site"
    DOMAINS = ("story.example",)
    LAYOUTS = (Story,)


class FragmentSite(Site):
    NAME = "fragment-site"
    DOMAINS = ("fragment.example",)
    LAYOUTS = (Fragment,)


def _page() -> Page:
    root = parse_tree(_PAGE, DEFAULT_OPTIONS)
    return Page(root, "https://story.example/a", read_metadata(root))


def test_the_body_xpath_runs_once_when_it_is_the_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = base.xpath

    def counted(expression: str) -> Any:
        calls.append(expression)
        return original(expression)

    monkeypatch.setattr(base, "xpath", counted)
    draft, reasons = StorySite().extract(_page())
    assert reasons == []
    assert draft is not None
    assert [block.text for block in draft.blocks] == [
        "The new bridge over the river opened on Monday after three years of work.",
        "Traffic on the old bridge is expected to fall by half within a month.",
    ]
    assert calls.count("//div[@id='story']") == 1


def test_a_layout_with_a_tree_of_its_own_reads_its_body_there() -> None:
    draft, _ = FragmentSite().extract(_page())
    assert draft is not None
    assert [block.text for block in draft.blocks] == ["The fragment holds the article text, not the page around it."]
