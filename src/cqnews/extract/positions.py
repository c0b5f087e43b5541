"""Where images sit among the body blocks: one document-order pass over the page tree."""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement

from ..document import element_text
from ..draft import ImageDraft
from ..models import Block
from ..text import normalize_space

__all__ = ["assign_positions"]

_BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "div"})
_KEY_CHARS = 50


def _key(text: str) -> str:
    return text[:_KEY_CHARS].casefold()


class _BlockIndex:
    """Finds the body block an element's text stands for: the same text, or the same opening and
    about the same length (extractors differ slightly in what inline text they keep)."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.exact: dict[str, int] = {}
        self.prefix: dict[str, tuple[int, int]] = {}
        for number, block in enumerate(blocks):
            self.exact.setdefault(block.text, number)
            self.prefix.setdefault(_key(block.text), (number, len(block.text)))

    def find(self, text: str) -> int | None:
        text = normalize_space(text)
        number = self.exact.get(text)
        if number is not None:
            return number
        found = self.prefix.get(_key(text))
        if found is not None and abs(found[1] - len(text)) <= 0.1 * found[1]:
            return found[0]
        return None


def assign_positions(
    root: HtmlElement,
    blocks: Sequence[Block],
    images: Sequence[ImageDraft],
    sources: Sequence[HtmlElement | None] = (),
) -> None:
    """Set ``position`` (index of the next body block) on images whose ``<img>`` element is known.

    With ``sources`` (the element each block came from) the next block is found by element;
    otherwise by text. Walks the tree once; block texts are only computed while an image waits
    for its next block, so the cost stays linear in the page size.
    """
    waiting_for = {id(image.element): image for image in images if image.element is not None and image.position is None}
    if not waiting_for:
        return
    if len(sources) == len(blocks) and any(source is not None for source in sources):
        _by_element(root, sources, waiting_for, len(blocks))
    else:
        _by_text(root, blocks, waiting_for)


def _by_text(root: HtmlElement, blocks: Sequence[Block], waiting_for: dict[int, ImageDraft]) -> None:
    """Each waiting image's position found by text: the first block element after it in document order whose text
    is a body block's (not before the block of the image placed before it)."""
    index = _BlockIndex(blocks)
    pending: list[ImageDraft] = []
    floor = 0
    unseen = len(waiting_for)
    tags = set(_BLOCK_TAGS) | {image.element.tag for image in waiting_for.values() if image.element is not None}
    for element in root.iter(*tags):  # the other elements are skipped in C
        image = waiting_for.get(id(element))
        if image is not None:
            pending.append(image)
            unseen -= 1
            continue
        if not pending:
            if not unseen:
                break  # every image is placed: the rest of the page changes nothing
            continue
        if not _stands_for_block(element):
            continue
        number = index.find(element_text(element))
        if number is not None and number >= floor:
            for waiting in pending:
                waiting.position = number
            pending.clear()
            floor = number
    for waiting in pending:
        waiting.position = len(blocks)


def _stands_for_block(element: HtmlElement) -> bool:
    """Does ``element`` stand for a body block: a block element, and a div only when it holds text alone?"""
    if element.tag not in _BLOCK_TAGS:
        return False
    return not (element.tag == "div" and any(isinstance(child.tag, str) for child in element))


def _by_element(
    root: HtmlElement, sources: Sequence[HtmlElement | None], waiting_for: dict[int, ImageDraft], count: int
) -> None:
    block_of = {id(source): number for number, source in enumerate(sources) if source is not None}
    # Only the tags of the images and the source blocks matter: lxml filters the others in C.
    tags = {source.tag for source in sources if source is not None}
    tags.update(image.element.tag for image in waiting_for.values() if image.element is not None)
    pending: list[ImageDraft] = []
    unseen = len(waiting_for)
    for element in root.iter(*tags):
        image = waiting_for.get(id(element))
        if image is not None:
            pending.append(image)
            unseen -= 1
            continue
        if not pending and not unseen:
            break  # every image is placed: the rest of the page changes nothing
        number = block_of.get(id(element))
        if number is not None and pending:
            for waiting in pending:
                waiting.position = number
            pending.clear()
    for waiting in pending:
        waiting.position = count
