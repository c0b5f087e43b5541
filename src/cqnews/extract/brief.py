"""A brief: one or two short paragraphs and a captioned figure, which trafilatura glues into one block.

On a page with little text trafilatura falls back to the text of the whole article element as one
block: the headline, the paragraphs and the figure's caption run together ("Ferry The ferry will run
all winter, … The new ferry at the quay. (Photo: Ann Lee)"). With two paragraphs of their own the
generic path reads the article again element by element (``generic._glued_paragraphs``); a brief has
one, or two under the length that rule weighs. The caption's text inside the block tells the glue:
the block is read again from the page's paragraphs and headings whose texts it holds, in page order,
outside any figure (the caption stays the figure's, read by the image extractor).
"""

from __future__ import annotations

from typing import NamedTuple

from lxml.html import HtmlElement

from ..models import Block
from ..text import normalize_space

_BRIEF_MAX_CHARS = 2_000  # a brief's glued block; a longer one is an article trafilatura read
_BRIEF_MAX_BLOCKS = 2  # the glued block, and a heading split off it
_MIN_CAPTION_CHARS = 8
_MIN_PARAGRAPH_CHARS = 8
_READ_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6")
# A <div> is read as a paragraph when it holds no block of its own (text written in a <div>, no <p>).
_BLOCK_TAGS = frozenset(("p", "div", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section"))
_FIGURE_TAGS = frozenset(("figure", "figcaption"))


class Brief(NamedTuple):
    """A brief's paragraphs and headings in page order, and the figure captions glued to them."""

    elements: list[HtmlElement]
    captions: list[HtmlElement]


def read_brief(blocks: list[Block], root: HtmlElement) -> Brief | None:
    """The paragraphs and headings of a brief whose texts trafilatura glued to its figure's caption; None
    when the body is not such a block (see the module)."""
    if not blocks or len(blocks) > _BRIEF_MAX_BLOCKS:
        return None
    joined = " ".join(block.text for block in blocks)
    if len(joined) > _BRIEF_MAX_CHARS:
        return None
    captions = [caption for caption in root.iter("figcaption") if _glued_in(caption, joined, _MIN_CAPTION_CHARS)]
    if not captions:
        return None
    found = [
        element for element in root.iter(*_READ_TAGS)
        if _paragraph_like(element) and not _in_figure(element) and _glued_in(element, joined, _MIN_PARAGRAPH_CHARS)
    ]
    return Brief(found, captions) if any(element.tag in ("p", "div") for element in found) else None


def _glued_in(element: HtmlElement, joined: str, least: int) -> bool:
    text = normalize_space(element.text_content())
    return len(text) >= least and text in joined


def _paragraph_like(element: HtmlElement) -> bool:
    return element.tag != "div" or not any(child.tag in _BLOCK_TAGS for child in element.iterdescendants())


def _in_figure(element: HtmlElement) -> bool:
    return any(ancestor.tag in _FIGURE_TAGS for ancestor in element.iterancestors())
