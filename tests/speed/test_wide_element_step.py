"""The wide-element test (an element with more element children than trafilatura is given) reads the child at the
position after the limit: the same verdict as counting every element's children."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import fromstring

from cqnews.extract import generic

_LIMIT = generic._TRAFILATURA_MAX_CHILDREN
_COUNTED = etree.XPath(f"boolean(descendant-or-self::*[count(*) > {_LIMIT}])")


def _page(children: int, where: str) -> str:
    items = "".join(f"<li>Stop {n}</li>" for n in range(children))
    notes = "<!-- a note -->" * 5 + "text between " * 3  # comments and text are no element children
    if where == "root":
        return f"<ul>{notes}{items}</ul>"
    return f"<div><section><p>Lead.</p><div><ul>{notes}{items}</ul></div></section><p>End.</p></div>"


@pytest.mark.parametrize("children", [0, 3, _LIMIT - 1, _LIMIT, _LIMIT + 1, _LIMIT + 40])
@pytest.mark.parametrize("where", ["root", "nested"])
def test_the_same_verdict_as_counting(children: int, where: str) -> None:
    tree = fromstring(_page(children, where))
    assert generic._too_wide(tree) is (children > _LIMIT)
    assert generic._too_wide(tree) is _COUNTED(tree)


def test_the_tree_itself_counts() -> None:
    tree = fromstring("<div>" + "<span>x</span>" * (_LIMIT + 1) + "</div>")
    assert generic._too_wide(tree) and _COUNTED(tree)
