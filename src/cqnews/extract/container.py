"""The body's container: the page element that holds the paragraphs the body was read from.

The generic path and the linear fallback both end here (:func:`find_container`): images, captions and
bylines are looked for in and around that element. :func:`block_texts` reads the text of every
paragraph-like element of the page once; the generic path shares that list with the article region,
its recall checks and the end-of-article search.
"""

from __future__ import annotations

from lxml.etree import tostring
from lxml.html import HtmlElement

from ..models import Block
from ..text import normalize_space

__all__ = ["block_texts", "common_ancestor", "find_container"]

_TEXT_TAGS = ("p", "li", "h2", "h3", "blockquote", "td")
_KEY_CHARS = 60
_HEAD_CHARS = 4 * _KEY_CHARS


def block_texts(root: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The text of every paragraph-like element, in document order."""
    # text_content()'s string, read by libxml2 in the same walk (xmlNodeGetContent), without an XPath
    # evaluation per element (about a fifth less time; 150 elements on a median page).
    return [
        (element, tostring(element, method="text", encoding=str, with_tail=False)) for element in root.iter(*_TEXT_TAGS)
    ]


def find_container(
    root: HtmlElement, blocks: list[Block], texts: list[tuple[HtmlElement, str]] | None = None
) -> HtmlElement | None:
    """The smallest element holding the paragraphs that start and end the body.

    One pass over ``<p>``-like elements (``texts``, when already read), comparing a short key of
    their text with the keys of the first and last few blocks.
    """
    if not blocks:
        return None
    picks = blocks[:3] + blocks[-3:] if len(blocks) > 6 else blocks
    keys = {_key(block.text) for block in picks if len(block.text) >= 20}
    if not keys:
        return None
    matched: list[HtmlElement] = []
    for element, text in block_texts(root) if texts is None else texts:
        if len(text) >= 20 and _key(_normalized_head(text)) in keys:
            matched.append(element)
    if not matched:
        return None
    return common_ancestor(matched)


def _key(text: str) -> str:
    return text[:_KEY_CHARS].casefold()


def _normalized_head(text: str) -> str:
    """``normalize_space(text)`` as far as :func:`_key` reads it, without normalising a long paragraph whole.

    Collapsing the spaces of a prefix gives a prefix of the collapsed text, so when the head holds
    a whole key its key is the text's.
    """
    head = normalize_space(text[:_HEAD_CHARS])
    return head if len(head) >= _KEY_CHARS or len(text) <= _HEAD_CHARS else normalize_space(text)


def common_ancestor(elements: list[HtmlElement]) -> HtmlElement:
    """The deepest element that holds every one of ``elements`` (itself, when there is one)."""
    path = [elements[0], *elements[0].iterancestors()]
    shared = {id(node): index for index, node in enumerate(path)}
    best = 0
    for element in elements[1:]:
        for node in (element, *element.iterancestors()):
            index = shared.get(id(node))
            if index is not None:
                best = max(best, index)
                break
    return path[best]
