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

from ..document import HEADING_TAGS
from ..models import Block
from ..text import normalize_space

_BRIEF_MAX_CHARS = 2_000  # a brief's own text in the glued block (captions aside); more is an article trafilatura read
_GLUED_MAX_CHARS = 12_000  # the glued block with its captions (a figure's long caption: a picture essay's text)
_BRIEF_MAX_BLOCKS = 2  # the glued block, and a heading split off it
_MIN_CAPTION_CHARS = 8
_MIN_PARAGRAPH_CHARS = 8
_MIN_HEADING_CHARS = 2  # (a headline of one word glued before the text: "Ferry", 渡轮)
_HEADING_TAGS = frozenset(HEADING_TAGS)
_READ_TAGS = ("p", "div", *HEADING_TAGS)
# A <div> is read as a paragraph when it holds no block of its own (text written in a <div>, no <p>).
_BLOCK_TAGS = frozenset(("p", "div", "figure", *HEADING_TAGS, "ul", "ol", "table", "section"))
_FIGURE_TAGS = frozenset(("figure", "figcaption"))
_PICTURES = 10
_COVERED = 0.9  # share of the glued block's text the paragraphs, headings and captions read must hold
_WRAPPER_CHILDREN = 3  # a picture's wrapper: the picture, a caption, a credit
_SECTION_TAGS = frozenset(("body", "html", "article", "main", "section"))
_PICTURE_WRAPPERS = frozenset(("a", "picture", "span"))
_CAPTION_TAGS = frozenset(("p", "span", "div", "em", "small", "i", "cite", "strong", "b"))


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
    if len(joined) > _GLUED_MAX_CHARS:
        return None
    beside = _beside_pictures(root)
    captions = [
        caption for caption in (*root.iter("figcaption"), *beside) if _glued_in(caption, joined, _MIN_CAPTION_CHARS)
    ]
    if not captions or len(joined) - _length(captions) > _BRIEF_MAX_CHARS:
        return None
    found = [
        element for element in root.iter(*_READ_TAGS)
        if element not in beside and _paragraph_like(element) and not _in_figure(element)
        and _glued_in(element, joined, _MIN_HEADING_CHARS if element.tag in _HEADING_TAGS else _MIN_PARAGRAPH_CHARS)
    ]
    # The headline glued before the text counts as read, and stays out of the body.
    if not any(element.tag in ("p", "div") for element in found) or not _covers(joined, [*found, *captions]):
        return None
    return Brief([element for element in found if element.tag != "h1"], captions)


def _covers(joined: str, elements: list[HtmlElement]) -> bool:
    """Do the elements read hold nearly all the block's text? (Text in runs between <br>s, or in a wrapper
    that is no paragraph, is read by the other rules of the generic path, not as a brief.)"""
    return _length(elements) >= _COVERED * len(joined)


def _length(elements: list[HtmlElement]) -> int:
    """The characters of the elements' texts in the glued block (each with the space joining it)."""
    return sum(len(normalize_space(element.text_content())) + 1 for element in elements)


def _glued_in(element: HtmlElement, joined: str, least: int) -> bool:
    text = normalize_space(element.text_content())
    return len(text) >= least and text in joined


def _beside_pictures(root: HtmlElement) -> set[HtmlElement]:
    """Text elements standing beside a picture in its small wrapper (``<div class=photo><img><span>caption</span>``,
    ``<figure><img><p>caption</p>``): the captions the page writes without ``<figcaption>``. The first
    pictures only: a brief has few."""
    found: set[HtmlElement] = set()
    for n, img in enumerate(root.iter("img")):
        if n == _PICTURES:
            break
        holder = img.getparent()
        while holder is not None and holder.tag in _PICTURE_WRAPPERS:
            img, holder = holder, holder.getparent()
        if holder is None or holder.tag in _SECTION_TAGS or len(holder) > _WRAPPER_CHILDREN:
            continue  # (a picture among the article's paragraphs: they are no captions)
        found.update(el for el in holder if isinstance(el.tag, str) and el is not img and el.tag in _CAPTION_TAGS)
    return found


def _paragraph_like(element: HtmlElement) -> bool:
    return element.tag != "div" or not any(child.tag in _BLOCK_TAGS for child in element.iterdescendants())


def _in_figure(element: HtmlElement) -> bool:
    return any(ancestor.tag in _FIGURE_TAGS for ancestor in element.iterancestors())
