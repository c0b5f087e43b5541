"""The document title is read by a walk that stops at the first HTML ``<title>``; it must give what the XPath
``(//title[not(ancestor::svg or ancestor::math)])[1]`` (which read the whole page) gives."""

from __future__ import annotations

import pytest
from lxml import etree

from cqnews.document import parse_tree
from cqnews.extract.metadata import _title_tag_text
from cqnews.options import DEFAULT_OPTIONS

_XPATH = etree.XPath("(//title[not(ancestor::svg or ancestor::math)])[1]")
_ICON = '<svg viewBox="0 0 8 8"><g><title>Print this page</title></g></svg>'
_FORMULA = "<math><mrow><title>x squared</title></mrow></math>"
_TEXT = "<p>The ferry to Larch Island runs twice a day from the harbour steps until the end of October.</p>"

PAGES = (
    "<html><head><title>Ferry timetable changes</title></head><body>" + _TEXT + "</body></html>",
    "<html><head></head><body>" + _ICON + _TEXT + "</body></html>",
    "<html><body>" + _ICON + _FORMULA + "<title>Ferry timetable changes</title>" + _TEXT + "</body></html>",
    "<html><head><title></title></head><body>" + _TEXT + "<title>A second title</title></body></html>",
    "<html><head><title>First</title><title>Second</title></head><body>" + _TEXT + "</body></html>",
    "<html><body><svg><title>Icon</title></svg><math><title>Formula</title></math>" + _TEXT + "</body></html>",
    "<html><body><div><svg><foreignObject><title>Inside a drawing</title></foreignObject></svg></div>"
    + _TEXT + "<title>After the drawing</title></body></html>",
    "<html><body>" + _TEXT + "</body></html>",
)

# What each page's title is, read off the page above.
EXPECTED = (
    "Ferry timetable changes", "", "Ferry timetable changes", "", "First", "", "After the drawing", "",
)


@pytest.mark.parametrize(("page", "expected"), list(zip(PAGES, EXPECTED, strict=True)))
def test_the_walk_finds_the_title_the_xpath_found(page: str, expected: str) -> None:
    root = parse_tree(page, DEFAULT_OPTIONS)
    found = _XPATH(root)
    assert _title_tag_text(root) == ((found[0].text or "") if found else "") == expected
