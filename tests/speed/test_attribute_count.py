"""The page's attributes are counted by ``count(//*/@*)`` (elements only); it must count what ``count(//@*)``
counts, and the limit must still refuse a page over it."""

from __future__ import annotations

import pytest
from lxml import etree

import cqnews
from cqnews.document import parse_tree
from cqnews.options import DEFAULT_OPTIONS
from cqnews.tree_limits import _COUNT_ATTRIBUTES

_ALL_NODES = etree.XPath("count(//@*)")

PAGES = (
    # (page, attributes written in it, counted by hand)
    ('<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Tide tables</title></head>'
     '<body class="story"><p id="a" data-n="1">High water at 06:12.</p><!-- c="1" --></body></html>', 6),
    ("<html><body><p>No attribute at all, only text: a=1 b='2'.</p></body></html>", 0),
    ('<html><body><svg viewBox="0 0 4 4"><use xlink:href="#i"></use></svg><math display="block"></math>'
     '<p style="color: red" hidden>Low water at 12:40.</p></body></html>', 5),
    ('<html><body><div a=1 b=2 a=3><span x="1" y="2" z="3"><em w="">Neap tide.</em></span></div></body></html>', 6),
)


@pytest.mark.parametrize(("page", "written"), PAGES)
def test_elements_attributes_are_all_the_attributes(page: str, written: int) -> None:
    root = parse_tree(page, DEFAULT_OPTIONS)
    assert _COUNT_ATTRIBUTES(root) == _ALL_NODES(root) == written


def test_a_page_over_the_limit_is_still_refused() -> None:
    spans = "".join(f'<span a="{i}" b="{i}" c="{i}">{i} </span>' for i in range(400))
    page = f"<html><body><p>{spans}</p></body></html>"
    with pytest.raises(cqnews.TreeTooLargeError, match="attributes"):
        cqnews.parse(page.encode(), options=cqnews.ParseOptions(max_attributes=1_000))
    assert cqnews.parse(page.encode(), options=cqnews.ParseOptions(max_attributes=1_200)).body
