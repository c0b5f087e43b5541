"""Image positions: the walk stops once every image is placed, with the same positions as a whole walk."""

from __future__ import annotations

from lxml.html import HtmlElement, document_fromstring

from cqnews.draft import ImageDraft
from cqnews.extract.positions import assign_positions
from cqnews.models import Block

_PAGE = """<html><body><div class="story">
<p>The ferry left the harbour at dawn with forty passengers on board.</p>
<img src="/a.jpg">
<p>Fog closed in an hour later and the captain slowed the engines.</p>
<p>Coast guard boats met the ferry outside the outer breakwater.</p>
<img src="/b.jpg">
<p>All passengers were brought ashore by noon, the port said.</p>
</div><footer><p>Contact the newsroom about this story.</p><img src="/logo.png"></footer></body></html>"""


def _page() -> tuple[HtmlElement, list[Block], list[HtmlElement]]:
    root = document_fromstring(_PAGE)
    paragraphs = root.findall(".//div/p")
    blocks = [Block(text=p.text_content()) for p in paragraphs]
    return root, blocks, paragraphs


def _drafts(root: HtmlElement, names: tuple[str, ...]) -> list[ImageDraft]:
    return [ImageDraft(src=img.get("src"), element=img) for img in root.iter("img") if img.get("src") in names]


def test_by_text_placed_before_the_next_block() -> None:
    root, blocks, _ = _page()
    drafts = _drafts(root, ("/a.jpg", "/b.jpg"))
    assign_positions(root, blocks, drafts)
    assert [d.position for d in drafts] == [1, 3]


def test_by_element_placed_before_the_next_block() -> None:
    root, blocks, paragraphs = _page()
    drafts = _drafts(root, ("/a.jpg", "/b.jpg"))
    assign_positions(root, blocks, drafts, paragraphs)
    assert [d.position for d in drafts] == [1, 3]


def test_an_image_after_the_last_block_goes_to_the_end() -> None:
    root, blocks, paragraphs = _page()
    for sources in ((), paragraphs):
        drafts = _drafts(root, ("/a.jpg", "/logo.png"))
        assign_positions(root, blocks, drafts, sources)
        assert [d.position for d in drafts] == [1, 4]


def test_an_image_outside_the_tree_keeps_the_walk_going() -> None:
    root, blocks, paragraphs = _page()
    stray = document_fromstring('<html><body><img src="/c.jpg"></body></html>').find(".//img")
    for sources in ((), paragraphs):
        drafts = [*_drafts(root, ("/b.jpg",)), ImageDraft(src="/c.jpg", element=stray)]
        assign_positions(root, blocks, drafts, sources)
        assert [d.position for d in drafts] == [3, None]
