"""Pages are parsed without libxml2's table of id attributes (``collect_ids=False``): only XPath's ``id()`` reads it,
and nothing does. The tree is the same as with the table, duplicate ids included, and ids are still found by
attribute."""

from __future__ import annotations

from lxml import etree
from lxml.html import HTMLParser, document_fromstring

from cqnews.document import parse_tree
from cqnews.options import DEFAULT_OPTIONS

PAGE = (
    '<html><head><title id="t">Harbour notes</title></head><body><div id="main"><p id="lead">The ferry runs at '
    'nine.</p><p id="lead">A second paragraph with the same id.</p><a name="top" id="top">Top</a>'
    '<svg id="icon"><use href="#icon"></use></svg></div></body></html>'
)


def test_the_tree_is_the_one_parsed_with_the_id_table() -> None:
    with_table = HTMLParser(remove_comments=True, remove_pis=True, default_doctype=False, collect_ids=True)
    expected = etree.tostring(document_fromstring(PAGE, parser=with_table))
    assert etree.tostring(parse_tree(PAGE, DEFAULT_OPTIONS)) == expected


def test_ids_are_found_by_attribute() -> None:
    root = parse_tree(PAGE, DEFAULT_OPTIONS)
    assert [p.text for p in root.xpath("//*[@id='lead']")] == ["The ferry runs at nine.", "A second paragraph with the same id."]
    assert root.get_element_by_id("main").tag == "div"
