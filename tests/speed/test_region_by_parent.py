"""The article region weighed per parent: the same region as a walk up from every paragraph."""

from __future__ import annotations

from lxml.html import HtmlElement

from cqnews.document import parse_tree
from cqnews.extract.container import block_texts
from cqnews.extract.generic import article_region
from cqnews.options import DEFAULT_OPTIONS

_LINE = "The harbour board met on Tuesday evening and voted to repair the old pier before the summer season."


def _region(html: str) -> HtmlElement | None:
    root = parse_tree(html, DEFAULT_OPTIONS)
    return article_region(root, block_texts(root), int(root.xpath("count(//*)")))


def _ps(count: int) -> str:
    return "".join(f"<p>{_LINE} ({n})</p>" for n in range(count))


def _nav() -> str:
    return "<nav>" + "".join(f'<a href="/s{n}">Section {n}</a>' for n in range(30)) + "</nav>"


def test_wrappers_of_the_same_weight_give_the_deepest() -> None:
    region = _region(f'<html><body>{_nav()}<div class="outer"><div class="inner">{_ps(6)}</div></div></body></html>')
    assert region is not None and region.get("class") == "inner"


def test_paragraphs_under_several_parents_give_their_common_ancestor() -> None:
    html = (
        f'<html><body>{_nav()}<article class="story"><div class="a">{_ps(3)}</div><div class="b">{_ps(3)}</div>'
        f'</article><div class="footer">{_ps(1)}</div></body></html>'
    )
    region = _region(html)
    assert region is not None and region.get("class") == "story"  # 6 of 7 paragraphs: over 80 %


def test_a_paragraph_beside_a_nested_run_counts_for_both_levels() -> None:
    html = (
        f'<html><body>{_nav()}<section class="main"><p>{_LINE}</p><div class="text">{_ps(8)}</div></section>'
        f'<aside class="more">{_ps(1)}</aside></body></html>'
    )
    region = _region(html)
    assert region is not None and region.get("class") == "text"  # 8 of 10 paragraphs (the lone one a little shorter): over 80 %
