"""The rest of a body that the page splits into several containers of one class.

Some templates cut the article's text into chunks between advertisement rows: each chunk an element of the
same tag and class (``<div class="body__container article__body">`` … ad row … ``<div class="body__container
article__body">``), cousins rather than siblings. trafilatura reads the first such element as the body and stops
there, so every paragraph after the first advertisement was lost (with the quotes and the speakers they name).

A later element of the container's tag and whole class attribute is read as a chunk when it holds a paragraph of
running text and the page's paragraph-like text between it and the chunk before it is no more than furniture
(``_MAX_GAP_CHARS``: an advertisement's label, a one-line link) and holds no headline, ``<article>``, header or
footer: a footer, a teaser list or the next story of the same class further down is never taken for the article.
The generic path looks for chunks only when its body holds clearly less than the page's paragraphs.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .blocks import BodyResult, blocks_from_container

__all__ = ["read_continuations"]

_TAGS = frozenset(("div", "section", "article"))
_MIN_PROSE_CHARS = 80  # a chunk holds at least one paragraph of running text
_MAX_GAP_CHARS = 200  # the most paragraph-like text between two chunks
_TEXT_TAGS = frozenset(("p", "li", "h3", "h4", "blockquote", "td"))
_PART_STARTS = frozenset(("h1", "h2", "article", "header", "footer"))  # another part of the page begins


def read_continuations(root: HtmlElement, result: BodyResult) -> int:
    """Append to ``result`` the blocks of the chunks that continue its container (see the module's text); how many
    blocks it appended (none when the container has no class, or no chunk follows it)."""
    container = result.container
    classes = container.get("class") if container is not None else None
    if container is None or container.tag not in _TAGS or not classes or not classes.strip():
        return 0
    chunks = _same_class_after(root, container, classes)
    if not chunks:
        return 0
    added = 0
    seen = {block.text for block in result.blocks}
    for chunk in _continuing(container, chunks, root):
        more = blocks_from_container(chunk)
        pairs = zip(more.blocks, more.sources, strict=True)
        fresh = [(block, source) for block, source in pairs if block.text not in seen]
        for block, source in fresh:
            result.blocks.append(block)
            result.sources.append(source)
            seen.add(block.text)
        added += len(fresh)
        result.credit_lines.extend(more.credit_lines)
    return added


def _same_class_after(root: HtmlElement, container: HtmlElement, classes: str) -> list[HtmlElement]:
    """The elements after ``container`` (not inside it) with its tag and class attribute, holding running text."""
    found: list[HtmlElement] = []
    after = False
    for element in root.iter(container.tag):
        if element is container:
            after = True
        elif after and element.get("class") == classes and _holds_prose(element) and not _inside(element, container):
            found.append(element)
    return found


def _continuing(container: HtmlElement, chunks: list[HtmlElement], root: HtmlElement) -> list[HtmlElement]:
    """The ``chunks`` that follow the container one after the other, with no more than ``_MAX_GAP_CHARS`` of
    paragraph-like text between two of them and no element that starts another part of the page (a headline, an
    ``<article>``, a footer); the first gap that holds more ends the article. One walk over the page."""
    # (the elements themselves, not their id(): a proxy lxml made for the walk can be freed and its id reused)
    starts = set(chunks)
    owned = {element for chunk in (container, *chunks) for element in chunk.iter()}
    taken: list[HtmlElement] = []
    gap = 0
    started = False
    for element in root.iter():
        if element is container:
            started = True
        elif not started:
            continue
        elif element in starts:
            if gap > _MAX_GAP_CHARS:
                break
            taken.append(element)
            gap = 0
        elif element in owned or not isinstance(element.tag, str):
            continue
        elif element.tag in _PART_STARTS:
            break
        elif element.tag in _TEXT_TAGS:
            gap += len(element.text_content().strip())
    return taken


def _holds_prose(element: HtmlElement) -> bool:
    return any(len(p.text_content()) >= _MIN_PROSE_CHARS for p in element.iter("p"))


def _inside(element: HtmlElement, container: HtmlElement) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())
