"""Layouts name their first match as ``/descendant::X[P][1]`` rather than ``(//X[P])[1]``: libxml2 stops at the first
``X`` that holds ``P`` instead of gathering every one of the page first (WordPress's ``.entry-content`` body: 0.58 ->
0.38 ms on a WordPress page of the AEB corpus). For a predicate that is no number (a position), both name the first such
element in document order: the element each finds is the same, nested matches and a page without any included."""

from __future__ import annotations

import pytest
from lxml import etree

from cqnews.document import has_class, parse_tree
from cqnews.options import DEFAULT_OPTIONS
from cqnews.sites.platforms import TRSLayout, WordPressLayout

PAGES = (
    # a theme that nests the post body in a wrapper of the same class, after a teaser that has it too
    '<html><body><aside><div class="teaser entry-content">Ferry times for the weekend.</div></aside>'
    '<main><article class="post"><div class="entry-content outer"><div class="entry-content">'
    '<p class="byline">By Maren Holt</p><p>The harbour board met on Thursday.</p></div></div></article></main>'
    '<footer><span class="byline">Site team</span></footer></body></html>',
    # the class as a part of a longer word only ("entry-contents"), then the word itself, deep down
    '<html><body><div class="entry-contents"><p>Not the body.</p></div><section><div><div>'
    '<div class=" x  entry-content\ty ">The body.</div></div></div></section></body></html>',
    # no match at all
    "<html><body><div class='content'><p>Tide tables for the coming week.</p></div></body></html>",
    # a TRS page: the editor's div inside a table cell, a second one below
    '<html><body><table><tr><td><div class="TRS_Editor"><p>正文第一段。</p></div></td></tr></table>'
    '<div class="TRS_Editor TRS_Editor2"><p>附注。</p></div></body></html>',
)

PAIRS = (
    (f"(//*[{has_class('entry-content')}])[1]", WordPressLayout.BODY),
    (f"(//*[{has_class('byline')}])[1]", WordPressLayout.BYLINE),
    ("(//div[contains(@class, 'TRS_Editor')])[1]", TRSLayout.BODY),
    (f"(//p[{has_class('editor-p')}])[1]/..", f"/descendant::p[{has_class('editor-p')}][1]/.."),
    ("(//td[contains(@style, 'font-size:14px')][p])[1]", "/descendant::td[contains(@style, 'font-size:14px')][p][1]"),
)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize(("gathered", "first"), PAIRS)
def test_first_match_is_the_first_of_all_matches(page: str, gathered: str, first: str) -> None:
    root = parse_tree(page, DEFAULT_OPTIONS)
    assert etree.XPath(first)(root) == etree.XPath(gathered)(root)


def test_the_wordpress_body_is_the_outermost_entry_content_of_the_article() -> None:
    root = parse_tree(PAGES[0], DEFAULT_OPTIONS)
    (body,) = etree.XPath(WordPressLayout.BODY)(root)
    assert body.get("class") == "teaser entry-content"  # the first in document order, as the gathered form finds
    (inner,) = etree.XPath(WordPressLayout.BODY)(root.find(".//main"))  # absolute: the context changes nothing
    assert inner is body
