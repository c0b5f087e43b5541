"""The generic path: body text from trafilatura plus our own clean-up, for pages of unknown sites.

trafilatura works on a copy of the tree we already parsed (it is never re-parsed) and returns its
body as a small XML tree (``p``, ``head``, ``list``/``item``, ``quote``, ``table``), which becomes
typed :class:`~cqnews.models.Block` objects. The clean-up drops chrome trafilatura keeps (banners,
share bars, footers) and sets credit lines aside for enrichment.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from lxml.html import HtmlElement
from trafilatura.core import bare_extraction
from trafilatura.external import jt_stoplist_init
from trafilatura.settings import Extractor

from ..document import element_text
from ..models import Block, BlockKind
from ..text import normalize_space
from .boilerplate import is_boilerplate, is_credit_line, is_trailer

__all__ = ["BodyResult", "RawBlock", "blocks_from_container", "clean_blocks", "extract_body", "find_container"]

# trafilatura's full mode reads jusText's stop lists from disk on first use: read them at import,
# so that no parse ever touches the file system (about 80 ms, once).
jt_stoplist_init()

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_BLOCK_KINDS: dict[str, BlockKind] = {
    "p": BlockKind.PARAGRAPH,
    "head": BlockKind.HEADING,
    "quote": BlockKind.BLOCKQUOTE,
    "item": BlockKind.LIST_ITEM,
    "code": BlockKind.PARAGRAPH,
    "row": BlockKind.PARAGRAPH,
}
# Real article pages stay far below these (the largest in the corpus has ~3,300 elements and no
# element with 1,000 children); trafilatura is quadratic on some shapes beyond them.
_TRAFILATURA_MAX_ELEMENTS = 30_000
_TRAFILATURA_MAX_CHILDREN = 1_000
_TEXT_TAGS = ("p", "li", "h2", "h3", "blockquote", "td")
_LONG_PARAGRAPH = 80
_PROSE_CHECK_CHARS = 500
_SENTENCE_MARKS = (".", "!", "?", "。", "！", "？")
_CHARS_PER_SENTENCE = 400
_RECALL_GUARD = 0.6
_CONTAINERS = frozenset({"list", "table", "div", "section", "body", "doc", "main"})
_HTML_BLOCK_KINDS: dict[str, BlockKind] = {
    "p": BlockKind.PARAGRAPH,
    "h2": BlockKind.HEADING,
    "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING,
    "h5": BlockKind.HEADING,
    "h6": BlockKind.HEADING,
    "blockquote": BlockKind.BLOCKQUOTE,
    "li": BlockKind.LIST_ITEM,
}


class RawBlock(NamedTuple):
    """A block as found, before clean-up; ``source`` is the page element it came from, if known."""

    kind: BlockKind
    text: str
    source: HtmlElement | None = None


@dataclass(slots=True)
class BodyResult:
    """Body blocks, the credit lines taken out of them, and the tree element holding the article."""

    blocks: list[Block] = field(default_factory=list)
    sources: list[HtmlElement | None] = field(default_factory=list)
    """The page element of each block (None where the extractor does not say), parallel to ``blocks``."""
    credit_lines: list[str] = field(default_factory=list)
    container: HtmlElement | None = None
    warnings: list[str] = field(default_factory=list)


def _extractor(url: str | None, fast: bool) -> Extractor:
    return Extractor(output_format="python", comments=False, tables=True, formatting=False, url=url, fast=fast)


def extract_body(root: HtmlElement, url: str | None) -> BodyResult:
    """Run trafilatura on the parsed tree and clean its output into blocks.

    trafilatura's fast mode (no readability/jusText comparison) is tried first; when it returns
    much less text than the page's paragraphs hold, the full mode runs as a second opinion.
    """
    oversized = _oversized(root)
    if oversized:
        body = root.find("body")
        result = blocks_from_container(body if body is not None else root)
        result.container = find_container(root, result.blocks)
        result.warnings.append(f"{oversized}: used the linear fallback extractor instead of trafilatura")
        return result
    try:
        document = bare_extraction(root, url=url, options=_extractor(url, fast=True))
        texts = _block_texts(root)  # read once: for the recall check and for finding the container
        if _missed_text(document, texts):
            document = bare_extraction(root, url=url, options=_extractor(url, fast=False)) or document
    except (ValueError, TypeError, AttributeError, IndexError, KeyError) as exc:
        # trafilatura raises on some malformed trees; the page still gets an Article.
        return BodyResult(warnings=[f"body extraction failed ({type(exc).__name__}: {exc})"])
    body = getattr(document, "body", None)
    if body is None:
        return BodyResult(warnings=["no article body found (not an article page?)"])
    raw = list(_walk(body))
    result = clean_blocks(raw)
    result.container = find_container(root, result.blocks, texts)
    return result


def _oversized(root: HtmlElement) -> str | None:
    """Why trafilatura should not see this tree (its cost grows faster than linearly on such pages)."""
    # Both checks run in libxml2's XPath engine: about 0.2 ms on a typical page.
    if root.xpath("count(//*)") > _TRAFILATURA_MAX_ELEMENTS:
        return f"the page has more than {_TRAFILATURA_MAX_ELEMENTS} elements"
    if root.xpath(f"boolean(//*[count(*) > {_TRAFILATURA_MAX_CHILDREN}])"):
        return f"an element has more than {_TRAFILATURA_MAX_CHILDREN} children"
    return None


def _block_texts(root: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The text of every paragraph-like element, in document order."""
    return [(element, element.text_content()) for element in root.iter(*_TEXT_TAGS)]


def _missed_text(document: object, texts: list[tuple[HtmlElement, str]]) -> bool:
    """True when fast mode likely missed the article: little text, or text with hardly a sentence
    in it (a menu or link list taken for the body)."""
    text = getattr(document, "text", "") or ""
    found = len(text)
    if found > _PROSE_CHECK_CHARS and sum(text.count(mark) for mark in _SENTENCE_MARKS) * _CHARS_PER_SENTENCE < found:
        return True
    in_paragraphs = sum(len(text) for element, text in texts if element.tag == "p" and len(text) >= _LONG_PARAGRAPH)
    return found < _RECALL_GUARD * in_paragraphs


def blocks_from_container(container: HtmlElement, drop: frozenset[HtmlElement] = frozenset()) -> BodyResult:
    """Blocks from the HTML block elements of an article container (used by site plugins)."""
    raw: list[RawBlock] = []
    for element in container.iter(*_HTML_BLOCK_KINDS):
        if element in drop or any(ancestor in drop for ancestor in element.iterancestors()):
            continue
        if element.tag != "li" and _has_block_ancestor(element, container):
            continue
        raw.append(RawBlock(_HTML_BLOCK_KINDS[element.tag], element_text(element), element))
    result = clean_blocks(raw)
    result.container = container
    return result


def _has_block_ancestor(element: HtmlElement, stop: HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in {"p", "blockquote", "li"}:
            return True
    return False


def clean_blocks(raw: Iterable[tuple[BlockKind, str] | RawBlock]) -> BodyResult:
    """Normalise block texts, drop chrome and empty blocks, set credit lines aside."""
    result = BodyResult()
    for item in raw:
        kind, text, source = RawBlock(*item)
        text = normalize_space(text)
        if not text:
            continue
        if is_trailer(text) and len(result.blocks) >= 3:
            break
        if is_credit_line(text):
            result.credit_lines.append(text)
            continue
        if is_boilerplate(text):
            continue
        result.blocks.append(Block(kind=kind, text=text))
        result.sources.append(source)
    return result


def _walk(element: HtmlElement) -> Iterator[tuple[BlockKind, str]]:
    # trafilatura leaves loose text as the text or tail of its block elements.
    if element.text and element.text.strip():
        yield BlockKind.PARAGRAPH, element.text
    for child in element:
        yield from _walk_child(child)
        if child.tail and child.tail.strip():
            yield BlockKind.PARAGRAPH, child.tail


def _walk_child(child: HtmlElement) -> Iterator[tuple[BlockKind, str]]:
    tag = child.tag if isinstance(child.tag, str) else ""
    kind = _BLOCK_KINDS.get(tag)
    if tag == "quote" and len(child) and all(isinstance(c.tag, str) and c.tag in _BLOCK_KINDS for c in child):
        for inner in child:
            yield BlockKind.BLOCKQUOTE, element_text(inner)
    elif tag == "row":
        yield BlockKind.PARAGRAPH, " ".join(element_text(cell) for cell in child)
    elif kind is not None:
        yield kind, element_text(child)
    elif tag in _CONTAINERS or len(child):
        yield from _walk(child)
    elif tag not in {"graphic", "lb", "ref"}:
        yield BlockKind.PARAGRAPH, element_text(child)


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
    for element, text in _block_texts(root) if texts is None else texts:
        if len(text) >= 20 and _key(normalize_space(text)) in keys:
            matched.append(element)
    if not matched:
        return None
    return _common_ancestor(matched)


def _key(text: str) -> str:
    return text[:60].casefold()


def _common_ancestor(elements: list[HtmlElement]) -> HtmlElement:
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
