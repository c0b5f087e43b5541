"""The generic path: body text from trafilatura plus our own clean-up, for pages of unknown sites.

trafilatura works on copies of the tree we already parsed (it is never re-parsed): first on the
article region alone (:func:`article_region`), the whole page only when that misses text. It
returns its body as a small XML tree (``p``, ``head``, ``list``/``item``, ``quote``, ``table``),
which becomes typed :class:`~cqnews.models.Block` objects. The clean-up drops chrome trafilatura
keeps (banners, share bars, footers) and sets credit lines aside for enrichment.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from typing import NamedTuple

from lxml.etree import SubElement
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
# jusText's SAX walk (lxml.sax) runs ``from xml.sax.xmlreader import …`` on every call, and Cython
# tries the package-relative "lxml.xml.sax.xmlreader" first: a search of lxml's folder during a
# parse. These names exist nowhere; marking them absent makes that first try fail without the file
# system, and the absolute import then comes from sys.modules.
for _absent in ("lxml.xml", "lxml.xml.sax", "lxml.xml.sax.xmlreader"):
    sys.modules.setdefault(_absent, None)  # type: ignore[arg-type]

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
_WIDE_ELEMENT = f"boolean(descendant-or-self::*[count(*) > {_TRAFILATURA_MAX_CHILDREN}])"
_TEXT_TAGS = ("p", "li", "h2", "h3", "blockquote", "td")
_LONG_PARAGRAPH = 80
_PROSE_CHECK_CHARS = 500
_SENTENCE_MARKS = (".", "!", "?", "。", "！", "？")
_CHARS_PER_SENTENCE = 400
_RECALL_GUARD = 0.6
_REGION_MIN_PARAGRAPH = 50
_REGION_MIN_TEXT = 400
_REGION_SHARE = 0.8
_REGION_MAX_PART = 0.85
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

    trafilatura's fast mode runs first on the article region alone, then on the whole page when
    that misses text; when the page run too returns much less text than the page's paragraphs
    hold, the full mode (readability and jusText comparison) runs as a second opinion. Trees of
    a shape trafilatura handles in worse than linear time go to a linear fallback instead.
    """
    elements = int(root.xpath("count(//*)"))
    if elements > _TRAFILATURA_MAX_ELEMENTS:
        return _linear_fallback(root, f"the page has more than {_TRAFILATURA_MAX_ELEMENTS} elements")
    texts = _block_texts(root)  # read once: for the region, the recall checks and the container
    try:
        document = _extract_document(root, url, texts, elements)
    except _TooWide:
        return _linear_fallback(root, f"an element has more than {_TRAFILATURA_MAX_CHILDREN} children")
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


class _TooWide(Exception):
    """The tree has an element with more children than trafilatura handles in linear time."""


def _extract_document(
    root: HtmlElement, url: str | None, texts: list[tuple[HtmlElement, str]], elements: int
) -> object:
    """trafilatura's document for the page, trying the cheapest input that keeps the article whole.

    1. fast mode on a copy of the article region alone (see :func:`article_region`): trafilatura's
       cost grows with the tree it is given, and the region is usually a fifth of the page;
    2. fast mode on the whole page, when there is no clear region or the region run missed text;
    3. full mode (readability and jusText as second opinions) when the fast run missed text.
    """
    region = article_region(root, texts, elements)
    if region is not None and not _too_wide(region):
        document = bare_extraction(_detached(region), url=url, options=_extractor(url, fast=True))
        if not _missed_text(document, texts, region):
            return document
    if elements > _TRAFILATURA_MAX_CHILDREN and _too_wide(root):
        raise _TooWide
    document = bare_extraction(root, url=url, options=_extractor(url, fast=True))
    if _missed_text(document, texts):
        document = bare_extraction(root, url=url, options=_extractor(url, fast=False)) or document
    return document


def article_region(root: HtmlElement, texts: list[tuple[HtmlElement, str]], elements: int) -> HtmlElement | None:
    """The element around the page's running text, when one clearly holds it; else None.

    Every ``<p>`` of at least 50 characters weighs its length on each of its ancestors (one walk up
    per paragraph, so the cost is paragraphs × depth); the deepest element holding
    ``_REGION_SHARE`` of the total weight, widened by one level for margin, is the region. None when
    the page has too little paragraph text to judge, or when the region holds most of the page's
    ``elements``.
    """
    weight: dict[HtmlElement, int] = {}
    total = 0
    for element, text in texts:
        if element.tag != "p" or len(text) < _REGION_MIN_PARAGRAPH:
            continue
        size = len(text)
        total += size
        for ancestor in element.iterancestors():
            weight[ancestor] = weight.get(ancestor, 0) + size
    if total < _REGION_MIN_TEXT:
        return None
    need = _REGION_SHARE * total
    held = [(size, element) for element, size in weight.items() if size >= need]
    # Elements holding most of the weight nest in one another: the lightest is the deepest.
    region = min(held, key=lambda pair: pair[0])[1]
    parent = region.getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        region = parent
    if region.tag in ("body", "html") or region.xpath("count(.//*)") > _REGION_MAX_PART * elements:
        return None
    return region


def _detached(region: HtmlElement) -> HtmlElement:
    """A document holding a copy of ``region`` under bare copies of its ancestors.

    The ancestors keep their tags and attributes (trafilatura's body selectors look at classes
    such as ``post`` or ``article-content`` above the text) but none of their other children.
    """
    ancestors = list(region.iterancestors())
    # makeelement keeps the page parser's plain element classes: lxml.html.Element would bring
    # back the per-element Python class lookup for every node trafilatura touches.
    top = ancestors[-1] if ancestors else None
    document = region.makeelement(top.tag if top is not None else "html", dict(top.attrib) if top is not None else {})
    parent = document
    for ancestor in reversed(ancestors[:-1]):
        parent = SubElement(parent, ancestor.tag, dict(ancestor.attrib))
    parent.append(deepcopy(region))
    return document


def _too_wide(tree: HtmlElement) -> bool:
    # Runs in libxml2's XPath engine: about 0.3 ms on a whole typical page, less on a region.
    return bool(tree.xpath(_WIDE_ELEMENT))


def _linear_fallback(root: HtmlElement, reason: str) -> BodyResult:
    """Blocks from the page's HTML block elements, for trees trafilatura should not see."""
    body = root.find("body")
    result = blocks_from_container(body if body is not None else root)
    result.container = find_container(root, result.blocks)
    result.warnings.append(f"{reason}: used the linear fallback extractor instead of trafilatura")
    return result


def _block_texts(root: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The text of every paragraph-like element, in document order."""
    return [(element, element.text_content()) for element in root.iter(*_TEXT_TAGS)]


def _missed_text(document: object, texts: list[tuple[HtmlElement, str]], within: HtmlElement | None = None) -> bool:
    """True when fast mode likely missed the article: little text, or text with hardly a sentence
    in it (a menu or link list taken for the body). ``within``: count only paragraphs inside it."""
    text = getattr(document, "text", "") or ""
    found = len(text)
    if found > _PROSE_CHECK_CHARS and sum(text.count(mark) for mark in _SENTENCE_MARKS) * _CHARS_PER_SENTENCE < found:
        return True
    in_paragraphs = sum(
        len(text) for element, text in texts
        if element.tag == "p" and len(text) >= _LONG_PARAGRAPH and (within is None or _inside(element, within))
    )
    return found < _RECALL_GUARD * in_paragraphs


def _inside(element: HtmlElement, ancestor: HtmlElement) -> bool:
    return any(node is ancestor for node in element.iterancestors())


def blocks_from_container(
    container: HtmlElement,
    drop: frozenset[HtmlElement] = frozenset(),
    elements: Iterable[HtmlElement] | None = None,
) -> BodyResult:
    """Blocks from an article container (used by site plugins and the linear fallback).

    The blocks are ``elements`` when given (a layout's declared paragraphs), else the container's
    HTML block elements that are not inside another one (list items aside). Elements in or under
    one of ``drop`` are left out; a tag not in the block table is read as a paragraph.
    """
    raw: list[RawBlock] = []
    for element in container.iter(*_HTML_BLOCK_KINDS) if elements is None else elements:
        if drop and (element in drop or any(ancestor in drop for ancestor in element.iterancestors())):
            continue
        if elements is None and element.tag != "li" and _has_block_ancestor(element, container):
            continue
        kind = _HTML_BLOCK_KINDS.get(element.tag, BlockKind.PARAGRAPH)
        raw.append(RawBlock(kind, element_text(element), element))
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
        text = normalize_space(strip_embedded_markup(text) if "<" in text else text)
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


_EMBED_TAGS = ("script", "iframe", "style", "noscript")
_EMBED_OPEN = re.compile(rf"<({'|'.join(_EMBED_TAGS)})\b[^<>]{{0,4000}}>", re.IGNORECASE)
_EMBED_CLOSE_OF = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in _EMBED_TAGS}
_EMBED_CLOSE = re.compile(rf"</(?:{'|'.join(_EMBED_TAGS)})\s*>", re.IGNORECASE)


def strip_embedded_markup(text: str) -> str:
    """``text`` without embed code written out as text (``<iframe …></iframe><script>…</script>``).

    Pages that ship their article as JSON-LD ``articleBody`` (which trafilatura falls back to)
    sometimes keep the markup of charts and videos in it, escaped. One left-to-right scan: each
    opening tag is dropped with everything up to its closing tag (or alone when it has none).
    """
    parts: list[str] = []
    unclosed: set[str] = set()  # tags with no closing tag left: never searched for again (linear time)
    pos = 0
    while (found := _EMBED_OPEN.search(text, pos)) is not None:
        parts.append(text[pos : found.start()])
        tag = found.group(1).lower()
        closing = None if tag in unclosed else _EMBED_CLOSE_OF[tag].search(text, found.end())
        if closing is None:
            unclosed.add(tag)
            pos = found.end()
        else:
            pos = closing.end()
    parts.append(text[pos:])
    return _EMBED_CLOSE.sub(" ", "".join(parts))


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
