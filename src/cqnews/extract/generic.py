"""The generic path: body text from trafilatura plus our own clean-up, for pages of unknown sites.

trafilatura works on copies of the tree we already parsed (it is never re-parsed): first on the
article region alone (:func:`article_region`), the whole page only when that misses text. It
returns its body as a small XML tree (``p``, ``head``, ``list``/``item``, ``quote``, ``table``),
which becomes typed :class:`~cqnews.models.Block` objects through the shared block builders
(:mod:`cqnews.extract.blocks`): chrome trafilatura keeps is dropped, credit lines set aside.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import copy, deepcopy
from functools import cache
from typing import Any

from lxml.etree import SubElement, XPath
from lxml.html import HtmlElement

from ..deadline import NO_DEADLINE, Deadline
from ..document import HEADING_TAGS, element_text
from ..lexicon.punctuation_zh import SENTENCE_END_MARKS
from ..models import Block, BlockKind
from ..text import normalize_space, reading_length
from .blocks import BodyResult, blocks_from_container, clean_blocks
from .body_end import end_of_article
from .breaks import paragraphs_from_breaks, paragraphs_from_centres, paragraphs_from_text_blocks
from .brief import read_brief
from .container import block_texts, common_ancestor, find_container
from .continued import read_continuations
from .pre_text import paragraphs_from_pre

__all__ = ["article_region", "extract_body"]

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
# Compiled once: lxml compiles an XPath string on every .xpath() call (10 µs, three calls a page).
# An element with more element children than the limit is one with a child at position limit + 1: libxml2 reads a
# positional step without calling count() on every element and stops at that child (about a third of the time).
_WIDE_ELEMENT = XPath(f"boolean(descendant-or-self::*/*[{_TRAFILATURA_MAX_CHILDREN + 1}])")
_COUNT_ELEMENTS = XPath("count(//*)")
_COUNT_DESCENDANTS = XPath("count(.//*)")
_LONG_PARAGRAPH = 80
_PROSE_CHECK_CHARS = 500
_SENTENCE_MARKS = tuple(SENTENCE_END_MARKS)
_CHARS_PER_SENTENCE = 400
_RECALL_GUARD = 0.6
_REGION_MIN_PARAGRAPH = 50
_REGION_MIN_TEXT = 400
_REGION_SHARE = 0.8
_REGION_MAX_PART = 0.85
_CONTAINERS = frozenset({"list", "table", "div", "section", "body", "doc", "main"})


@cache
def _trafilatura() -> tuple[Callable[..., object], Callable[..., object]]:
    """trafilatura's ``bare_extraction`` and ``Extractor``, imported on first use (about 0.15 s).

    Imported here rather than at the top so that ``import cqnews`` stays light. jusText's stop lists
    (read from disk by trafilatura's full mode on first use) are read at the same time, so that once
    this has run no parse touches the file system; :func:`cqnews.warm_up` runs it before workers fork.
    """
    from trafilatura import external
    from trafilatura.core import bare_extraction as extract
    from trafilatura.settings import Extractor

    external.JT_STOPLIST = HashedOnce(external.jt_stoplist_init())  # type: ignore[assignment]
    return extract, Extractor


class HashedOnce(tuple[str, ...]):
    """jusText's stop words as trafilatura collects them (every language's, about 150,000), hashed once.

    jusText reads them through ``define_stoplist``, an ``lru_cache`` keyed by the tuple, and a tuple's hash is
    computed anew at each call: a walk over every word, about 3 ms of each jusText run (trafilatura's full mode
    on about one page in twenty). The words and their order are trafilatura's; only the hash is kept.
    """

    _hash: int

    def __new__(cls, words: tuple[str, ...]) -> HashedOnce:
        self = super().__new__(cls, words)
        self._hash = tuple.__hash__(self)
        return self

    def __hash__(self) -> int:
        return self._hash


def load_trafilatura() -> None:
    """Import trafilatura and read jusText's stop lists now (once per process; see :func:`cqnews.warm_up`)."""
    _trafilatura()
    for fast in (True, False):
        _options_template(fast)
    from justext.core import define_stoplist  # type: ignore[import-untyped]
    from trafilatura import external

    define_stoplist(external.JT_STOPLIST)  # (its lower-cased set, built once: 0.1 s of the first jusText run otherwise)


def bare_extraction(tree: HtmlElement, url: str | None, fast: bool) -> object:
    """trafilatura's ``bare_extraction`` of ``tree`` with the options cqnews uses (tables; in fast mode the
    body's plain text as ``text`` too, which :func:`_missed_text` reads)."""
    extract, _ = _trafilatura()
    return extract(tree, url=url, options=_options(url, fast))


def _options(url: str | None, fast: bool) -> Any:
    """A fresh ``Extractor`` for ``url``: a copy of one made once per mode, with the URL set as
    ``Extractor(url=url)`` sets it. Building one reads trafilatura's config and the clock (0.1 ms);
    the date it takes from the clock only serves metadata extraction, which is left off here."""
    options = copy(_options_template(fast))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


@cache
def _options_template(fast: bool) -> Any:
    # Only a fast run's plain text is read (by _missed_text): trafilatura writes it out of the body tree
    # for "python" output alone. A full run's document is only used for its body, so it is asked for
    # "txt", which returns the same document without that text (a walk over the whole body tree).
    _, extractor = _trafilatura()
    return extractor(
        output_format="python" if fast else "txt", comments=False, tables=True, formatting=False, fast=fast
    )


def extract_body(root: HtmlElement, url: str | None, deadline: Deadline = NO_DEADLINE) -> BodyResult:
    """Run trafilatura on the parsed tree and clean its output into blocks.

    trafilatura's fast mode runs first on the article region alone (on the whole page when there
    is none); when that returns much less text than the paragraphs hold, the full mode
    (readability and jusText comparison) runs on the whole page as a second opinion. Trees of a
    shape trafilatura handles in worse than linear time go to a linear fallback instead.
    """
    paragraphs_from_breaks(root)  # (text runs between <br>s: paragraphs trafilatura can weigh)
    paragraphs_from_centres(root)  # (a <center> line of text: trafilatura reads none)
    paragraphs_from_pre(root)  # (a text article in one <pre>: read as one blockquote)
    elements = int(_COUNT_ELEMENTS(root))
    if elements > _TRAFILATURA_MAX_ELEMENTS:
        reason = f"the page has more than {_TRAFILATURA_MAX_ELEMENTS} elements"
        result = _linear_fallback(root, reason, deadline)
        # (paragraphs written as side-by-side <div>s, no <p>: read again with those as paragraphs, as below)
        if len(result.blocks) <= 1 and paragraphs_from_text_blocks(root):
            result = _linear_fallback(root, reason, deadline)
        return result
    texts = block_texts(root)  # read once: for the region, the recall checks and the container
    result = _body_of(root, url, texts, elements)
    # Paragraphs written as side-by-side <div>s, no <p>, or as text between <br>s around a <figure>:
    # trafilatura found no body, or took the whole page as one block. Read again with those <div>s or
    # runs as paragraphs (only then: a page it reads well keeps its reading).
    if len(result.blocks) <= 1 and _paragraph_text(texts) < _REGION_MIN_TEXT and _paragraphs_again(root):
        result = _body_of(root, url, block_texts(root), elements)
    return result


def _paragraphs_again(root: HtmlElement) -> int:
    """Paragraphs made of what the first reading missed (see :func:`extract_body`); how many elements changed."""
    return paragraphs_from_breaks(root, around_blocks=True) or paragraphs_from_text_blocks(root)


def _body_of(root: HtmlElement, url: str | None, texts: list[tuple[HtmlElement, str]], elements: int) -> BodyResult:
    """The body blocks trafilatura's reading of the page gives, cleaned (see :func:`extract_body`)."""
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
    end_of_article(result, texts)  # (what trafilatura kept after the article: teasers, comments)
    glued = _glued_paragraphs(result.blocks, texts)
    article = common_ancestor(glued) if glued else None
    # Not the whole page: its menus and footers would come back as blocks.
    if article is not None and article.tag not in ("body", "html"):
        split = blocks_from_container(article)
        if split.blocks:
            return split
    brief = read_brief(result.blocks, root)
    if brief is not None:  # (a brief's paragraphs glued to its figure's caption: read again element by element)
        split = blocks_from_container(common_ancestor(brief.elements), elements=brief.elements)
        if split.blocks:
            # The element around the text and the figure: the page's <article>, or none (the whole page).
            around = common_ancestor([*brief.elements, *brief.captions])
            split.container = None if around.tag in ("body", "html") else around
            return split
    _split_heading_lead(result, root, texts)
    result.container = find_container(root, result.blocks, texts)
    # The body's later chunks, between advertisement rows: looked for only when the body holds clearly less than the
    # page's paragraphs (a body read whole is left as it is).
    if _short_of_paragraphs(result.blocks, texts) and read_continuations(root, result):
        end_of_article(result, texts)
    return result


def _split_heading_lead(result: BodyResult, root: HtmlElement, texts: list[tuple[HtmlElement, str]]) -> None:
    """A page heading that trafilatura ran into the body's only block ("本地新闻 据新华社报道，…") is a
    block of its own: a headline is never part of the first paragraph (a reading of the block would take
    it for the paragraph's opening words, even the speaker's). Only when a paragraph of the page follows
    in the block (not "Warning" from a sidebar before a paragraph "Warning signs are …")."""
    if len(result.blocks) != 1:
        return
    text = result.blocks[0].text
    for heading in root.iter(*HEADING_TAGS):
        head = normalize_space(element_text(heading))
        glued = head and len(head) < len(text) and text.startswith(head + " ")
        if glued and _paragraph_at(text[len(head) + 1 :], texts):
            result.blocks[:] = [Block(kind=BlockKind.HEADING, text=head), Block(text=text[len(head) + 1 :])]
            result.sources[:] = [heading, *result.sources[:1]]
            return


def _paragraph_at(rest: str, texts: list[tuple[HtmlElement, str]]) -> bool:
    """Does ``rest`` open with the text of one of the page's paragraphs (its first 40 characters)?"""
    leads = (normalize_space(text)[:40] for element, text in texts if element.tag == "p")
    return any(lead and rest.startswith(lead) for lead in leads)


class _TooWide(Exception):
    """The tree has an element with more children than trafilatura handles in linear time."""


def _extract_document(
    root: HtmlElement, url: str | None, texts: list[tuple[HtmlElement, str]], elements: int
) -> object:
    """trafilatura's document for the page, trying the cheapest input that keeps the article whole.

    1. fast mode on a copy of the article region alone (see :func:`article_region`): trafilatura's
       cost grows with the tree it is given, and the region is usually a fifth of the page;
    2. fast mode on the whole page when there is no clear region;
    3. full mode on the whole page (readability and jusText as second opinions) when the fast run
       missed text, and straight after a region run that missed: full mode's first step is the
       fast extraction of the whole page, which it keeps unless a second opinion finds more, so a
       fast page run before it mostly repeats that step (on every corpus page the Articles are
       the same without it, and those pages run trafilatura twice instead of three times).
    """
    found = _region_and_size(root, texts, elements)
    document = None
    tried_region = False
    # An element with more children than the limit has at least as many descendants: the XPath
    # scan for one is left out when the region is smaller than that (nearly every page).
    if found is not None and not (found[1] > _TRAFILATURA_MAX_CHILDREN and _too_wide(found[0])):
        region, tried_region = found[0], True
        with _detached(region) as detached:
            document = bare_extraction(detached, url, fast=True)
        if not _missed_text(document, texts, region):
            return document
    if elements > _TRAFILATURA_MAX_CHILDREN and _too_wide(root):
        raise _TooWide
    if not tried_region:
        document = bare_extraction(root, url, fast=True)
        if not _missed_text(document, texts):
            return document
    return bare_extraction(root, url, fast=False) or document


def article_region(root: HtmlElement, texts: list[tuple[HtmlElement, str]], elements: int) -> HtmlElement | None:
    """The element around the page's running text, when one clearly holds it; else None.

    Every ``<p>`` of at least 50 characters weighs its length on each of its ancestors (one walk up
    per paragraph, so the cost is paragraphs × depth); the deepest element holding
    ``_REGION_SHARE`` of the total weight is the region, not widened: one level up brought in
    teasers and sidebars more often than article text, and trafilatura's cost grows with the tree.
    None when the page has too little paragraph text to judge, or when the region holds most of
    the page's ``elements``.
    """
    found = _region_and_size(root, texts, elements)
    return None if found is None else found[0]


def _region_and_size(
    root: HtmlElement, texts: list[tuple[HtmlElement, str]], elements: int
) -> tuple[HtmlElement, int] | None:
    """:func:`article_region` and the number of elements under it."""
    # Summed per parent first, then carried up once per parent (paragraphs are siblings in runs: one walk up
    # for the run, not one per paragraph). The ancestors enter ``weight`` in the order a walk up from every
    # paragraph in turn gives them (the first paragraph of each new parent brings the new ones), so ties
    # below go the same way.
    by_parent: dict[HtmlElement, int] = {}
    total = 0
    for element, size in _weighed_paragraphs(texts):
        total += size
        parent = element.getparent()
        if parent is not None:
            by_parent[parent] = by_parent.get(parent, 0) + size
    if total < _REGION_MIN_TEXT:
        return None
    weight: dict[HtmlElement, int] = {}
    for parent, size in by_parent.items():
        weight[parent] = weight.get(parent, 0) + size
        for ancestor in parent.iterancestors():
            weight[ancestor] = weight.get(ancestor, 0) + size
    need = _REGION_SHARE * total
    held = [(size, element) for element, size in weight.items() if size >= need]
    # Elements holding most of the weight nest in one another: the lightest is the deepest.
    region = min(held, key=lambda pair: pair[0])[1]
    if region.tag in ("body", "html"):
        return None
    size = int(_COUNT_DESCENDANTS(region))
    return None if size > _REGION_MAX_PART * elements else (region, size)


@contextmanager
def _detached(region: HtmlElement) -> Iterator[HtmlElement]:
    """A document holding ``region`` under bare copies of its ancestors, while the ``with`` block runs.

    The ancestors keep their tags and attributes (trafilatura's body selectors look at classes
    such as ``post`` or ``article-content`` above the text) but none of their other children.
    The region itself is lent, not copied: trafilatura copies the tree it is given before it reads
    it (and never changes it), so a copy here would be a second one. It goes back to its place, its
    tail with it, when the block ends.
    """
    ancestors = list(region.iterancestors())
    # makeelement keeps the page parser's plain element classes: lxml.html.Element would bring
    # back the per-element Python class lookup for every node trafilatura touches.
    top = ancestors[-1] if ancestors else None
    document = region.makeelement(top.tag if top is not None else "html", dict(top.attrib) if top is not None else {})
    parent = document
    for ancestor in reversed(ancestors[:-1]):
        parent = SubElement(parent, ancestor.tag, dict(ancestor.attrib))
    home = region.getparent()
    if home is None:  # (a region is never the page's root: the root is <html>)
        parent.append(deepcopy(region))
        yield document
        return
    place = home.index(region)
    parent.append(region)  # (moved, with its tail, as a copy would hold it)
    try:
        yield document
    finally:
        home.insert(place, region)


def _too_wide(tree: HtmlElement) -> bool:
    # Runs in libxml2's XPath engine: about 0.1 ms on a whole large page (0.36 with count() on every element).
    return bool(_WIDE_ELEMENT(tree))


def _linear_fallback(root: HtmlElement, reason: str, deadline: Deadline = NO_DEADLINE) -> BodyResult:
    """Blocks from the page's HTML block elements, for trees trafilatura should not see, read while 40 % of
    the time left lasts (the container search and enrichment take the rest)."""
    body = root.find("body")
    result = blocks_from_container(body if body is not None else root, deadline=deadline.share(0.4))
    result.container = find_container(root, result.blocks)
    result.warnings.append(f"{reason}: used the linear fallback extractor instead of trafilatura")
    return result


_GLUED_MIN_CHARS = 8
_GLUED_MIN_PARAGRAPHS = 2
_GLUED_MAX_CHARS = 5_000


def _glued_paragraphs(blocks: list[Block], texts: list[tuple[HtmlElement, str]]) -> list[HtmlElement]:
    """The page's ``<p>`` elements whose texts trafilatura joined into its only block, when it did.

    On a short page (a few short paragraphs, as Japanese and Chinese news often has) trafilatura
    can fall back to the text of the whole article element as one paragraph: headline, byline,
    caption and paragraphs run together. That block holds the text of several page paragraphs;
    their common ancestor is the article, read again element by element. Empty when the body is
    not one such block (only a short block is searched, so the cost stays small).
    """
    if len(blocks) != 1 or len(blocks[0].text) > _GLUED_MAX_CHARS:
        return []
    joined = blocks[0].text
    found = [
        element for element, text in texts
        if element.tag == "p" and len(text) >= _GLUED_MIN_CHARS and normalize_space(text) in joined
    ]
    return found if len(found) >= _GLUED_MIN_PARAGRAPHS else []


def _weighed_paragraphs(texts: list[tuple[HtmlElement, str]]) -> Iterator[tuple[HtmlElement, int]]:
    """The page's ``<p>`` elements long enough to weigh for the article region, with their reading length
    (a Han character counts twice: a county notice of four short paragraphs is an article)."""
    for element, text in texts:
        if element.tag == "p" and len(text) * 2 >= _REGION_MIN_PARAGRAPH:
            size = reading_length(text)
            if size >= _REGION_MIN_PARAGRAPH:
                yield element, size


def _paragraph_text(texts: list[tuple[HtmlElement, str]]) -> int:
    """The weight of the page's ``<p>`` elements for the article region (see :func:`_weighed_paragraphs`)."""
    return sum(size for _, size in _weighed_paragraphs(texts))


def _missed_text(document: object, texts: list[tuple[HtmlElement, str]], within: HtmlElement | None = None) -> bool:
    """True when fast mode likely missed the article: little text, or text with hardly a sentence
    in it (a menu or link list taken for the body). ``within``: count only paragraphs inside it."""
    text = getattr(document, "text", "") or ""
    found = len(text)
    if found > _PROSE_CHECK_CHARS and sum(text.count(mark) for mark in _SENTENCE_MARKS) * _CHARS_PER_SENTENCE < found:
        return True
    # The region's <p> elements, listed once in C: a walk up from every long paragraph cost more.
    inside = None if within is None else set(within.iter("p")) - {within}
    return found < _RECALL_GUARD * _long_paragraph_chars(texts, inside)


def _short_of_paragraphs(blocks: list[Block], texts: list[tuple[HtmlElement, str]]) -> bool:
    """Does the body hold less than ``_RECALL_GUARD`` of the text of the page's long ``<p>`` elements (as
    :func:`_missed_text` weighs a reading of trafilatura's)?"""
    found = sum(len(block.text) for block in blocks)
    return found < _RECALL_GUARD * _long_paragraph_chars(texts)


def _long_paragraph_chars(texts: list[tuple[HtmlElement, str]], inside: set[HtmlElement] | None = None) -> int:
    """The characters of the page's long ``<p>`` elements (of those in ``inside`` when given): what a body that
    read the article whole should hold most of."""
    return sum(
        len(text) for element, text in texts
        if element.tag == "p" and len(text) >= _LONG_PARAGRAPH and (inside is None or element in inside)
    )


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
    elif tag == "row" and any(_holds_blocks(cell) for cell in child):
        for cell in child:  # a layout table: its cell holds the article's paragraphs, each a block
            yield from _walk(cell)
    elif tag == "row":
        yield BlockKind.PARAGRAPH, " ".join(element_text(cell) for cell in child)
    elif kind is not None:
        yield kind, element_text(child)
    elif tag in _CONTAINERS or len(child):
        yield from _walk(child)
    elif tag not in {"graphic", "lb", "ref"}:
        yield BlockKind.PARAGRAPH, element_text(child)


def _holds_blocks(cell: HtmlElement) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK_KINDS for c in cell)
