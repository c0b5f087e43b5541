"""A container's blocks were kept or left out by walking each block's ancestors, one by one for every block (is one
of them a paragraph, a quotation, a list item; is one of them dropped): blocks x depth, so thousands of paragraphs
under hundreds of nested wrappers (`<noscript>` or `<div>` copies pasted inside each other) cost a second and
more. Each ancestor is asked once now, for every block under it (Session 62)."""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement, fromstring

from cqnews.extract.blocks import blocks_from_container
from tests.cpu_bar import cpu_bar, half_and_whole_cpu


def _deep(count: int) -> tuple[HtmlElement, HtmlElement]:
    """``count`` paragraphs under ``count`` nested wrappers, a dropped aside beside them."""
    root = fromstring("<div><aside><p>Share this story with a friend today.</p></aside></div>")
    node = root
    for _ in range(count):
        node = etree.SubElement(node, "div")
    for number in range(count):
        paragraph = etree.SubElement(node, "p")
        paragraph.text = f"Paragraph {number} says the ferry from Ostrava left on time."
        etree.SubElement(etree.SubElement(paragraph, "blockquote"), "p").text = "A quotation inside, not a block."
    return root, root[0]


def test_blocks_are_kept_and_dropped_as_before() -> None:
    root, aside = _deep(3)
    texts = [block.text for block in blocks_from_container(root, frozenset({aside})).blocks]
    assert len(texts) == 3
    assert all(text.startswith("Paragraph ") for text in texts)
    assert [block.text for block in blocks_from_container(aside).blocks] == ["Share this story with a friend today."]


def _read(count: int) -> None:
    root, aside = _deep(count)
    blocks_from_container(root, frozenset({aside}))


def test_deep_blocks_are_read_in_linear_time() -> None:
    # 1,500 and 3,000 paragraphs under as many wrappers: before, the second took four times the first and minutes
    # under load; now 0.2 s (the floor of a second is far from both: a loaded machine's noise stays under it)
    half, whole = half_and_whole_cpu(_read, 3_000)
    assert whole < max(3.0 * half, 1.0)
    assert whole < cpu_bar(3.0)
