"""Block builders: page elements or extractor output to typed body :class:`~cqnews.models.Block` objects.

Every extraction path ends here: site layouts and the linear fallback read the block elements of a
container (:func:`blocks_from_container`); the generic path and JSON-state layouts hand over
``(kind, text)`` pairs (:func:`clean_blocks`). The clean-up is the same for all: whitespace
normalised, embed code written out as text removed, chrome dropped, credit lines set aside.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from lxml.html import HtmlElement

from ..deadline import NO_DEADLINE, Deadline
from ..document import element_text
from ..lexicon.alternation import ascii_caseless
from ..models import Block, BlockKind
from ..text import normalize_space
from .boilerplate import is_boilerplate, is_credit_line, is_sign_off, is_trailer, split_credit_lead
from .image_caption_elements import PICTURE_CREDIT_START

__all__ = ["BodyResult", "RawBlock", "blocks_from_container", "clean_blocks", "strip_embedded_markup"]

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


def blocks_from_container(
    container: HtmlElement,
    drop: frozenset[HtmlElement] = frozenset(),
    elements: Iterable[HtmlElement] | None = None,
    deadline: Deadline = NO_DEADLINE,
) -> BodyResult:
    """Blocks from an article container (used by site plugins and the linear fallback).

    The blocks are ``elements`` when given (a layout's declared paragraphs), else the container's
    HTML block elements that are not inside another one (list items aside). Elements in or under
    one of ``drop`` are left out; a tag not in the block table is read as a paragraph. Blocks are
    read until ``deadline`` ends (a warning then says where the reading stopped).
    """
    raw: list[RawBlock] = []
    dropped = _AncestorMemo(drop.__contains__, None)
    in_block = _AncestorMemo(lambda ancestor: ancestor.tag in _INNER_BLOCK_PARENTS, container)
    for element in container.iter(*_HTML_BLOCK_KINDS) if elements is None else elements:
        if drop and (element in drop or dropped.any_above(element)):
            continue
        if elements is None and element.tag != "li" and in_block.any_above(element):
            continue
        kind = _HTML_BLOCK_KINDS.get(element.tag, BlockKind.PARAGRAPH)
        raw.append(RawBlock(kind, element_text(element), element))
    result = clean_blocks(raw, deadline)
    result.container = container
    return result


_INNER_BLOCK_PARENTS = frozenset({"p", "blockquote", "li"})


class _AncestorMemo:
    """Whether an element has an ancestor below ``stop`` that ``hit`` answers yes for, each ancestor asked once for
    all the elements under it: a block's ancestors walked one by one for every block cost blocks x depth (8,000
    paragraphs in 50 nested ``<noscript>``: a second of CPU)."""

    def __init__(self, hit: Callable[[HtmlElement], bool], stop: HtmlElement | None) -> None:
        self._hit = hit
        self._stop = stop
        self._known: dict[HtmlElement, bool] = {}  # an element: it or an ancestor below stop is a hit

    def any_above(self, element: HtmlElement) -> bool:
        path: list[HtmlElement] = []
        answer = False
        node = element.getparent()
        while node is not None and node is not self._stop:
            known = self._known.get(node)
            if known is not None:
                answer = known
                break
            if self._hit(node):
                answer = True
                break
            path.append(node)
            node = node.getparent()
        for node in path:
            self._known[node] = answer
        return answer


def clean_blocks(raw: Iterable[tuple[BlockKind, str] | RawBlock], deadline: Deadline = NO_DEADLINE) -> BodyResult:
    """Normalise block texts, drop chrome and empty blocks, set credit lines aside; stop reading when
    ``deadline`` ends (a page of tens of thousands of blocks would otherwise outrun the parse's budget)."""
    result = BodyResult()
    for n, item in enumerate(raw):
        if n and n % _BLOCKS_PER_CHECK == 0 and deadline.expired():
            result.warnings.append(
                f"the body was read up to block {n}: the parse used up ParseOptions.time_budget "
                "(raise it, or None, to read such pages in full)"
            )
            break
        kind, text, source = RawBlock(*item)
        text = normalize_space(strip_embedded_markup(text) if "<" in text else text)
        if not text:
            continue
        if (is_trailer(text) or is_sign_off(text)) and len(result.blocks) >= 3:
            break
        lead = split_credit_lead(text)
        if lead is not None:  # "文/图 记者 陈静 今天上午，…": the byline, then the first paragraph
            result.credit_lines.append(lead[0])
            text = lead[1]
        elif is_credit_line(text) and not _picture_credit_after_caption(result.blocks, text):
            result.credit_lines.append(text)
            continue
        if is_boilerplate(text):
            continue
        result.blocks.append(Block(kind=kind, text=text))
        result.sources.append(source)
    _drop_pull_quotes(result)
    return result


_BLOCKS_PER_CHECK = 1_000  # blocks read between two looks at the clock


def _picture_credit_after_caption(blocks: list[Block], text: str) -> bool:
    """A photo-labelled line ("Photo: Anna Roe") after a short paragraph: perhaps a picture's caption and its credit
    line (<img><p>caption</p><p>Photo: Anna Roe</p>); kept in the body for the caption stage, which gives both to the
    picture before them (or, near no picture, takes the line out of the body as a picture credit of its own)."""
    if not blocks or PICTURE_CREDIT_START.match(text) is None:
        return False
    above = blocks[-1]
    return above.kind is BlockKind.PARAGRAPH and len(above.text.split()) <= _MAX_CAPTION_WORDS


_MAX_CAPTION_WORDS = 60  # a caption paragraph is no longer (as enrich.caption_lines reads one)

_QUOTE_EDGES = "\"'“”‘’«»„ "
_PULL_QUOTE_MIN_CHARS = 30
_PULL_QUOTES_MAX = 16  # block quotes compared per article: each is one scan of the article's text


def _pull_quote_core(block: Block) -> str | None:
    """The words of a block quote without its quote marks and closing punctuation (None for any
    other block, or one too short to tell a repetition from a common phrase)."""
    if block.kind is not BlockKind.BLOCKQUOTE:
        return None
    core = block.text.strip(_QUOTE_EDGES).rstrip(".,;:!?…").strip(_QUOTE_EDGES)
    return core if len(core) >= _PULL_QUOTE_MIN_CHARS else None


def _drop_pull_quotes(result: BodyResult) -> None:
    """Leave out pull quotes: a block quote whose words the article also gives inside another block
    (“They can’t control it.” set large beside the paragraph that quotes it). The words are the
    article's once; read twice they would count as two quotes and as body text twice."""
    cores = [_pull_quote_core(block) for block in result.blocks]
    candidates = [i for i, core in enumerate(cores) if core is not None][:_PULL_QUOTES_MAX]
    if not candidates:
        return
    joined = "\n".join(block.text for block in result.blocks)
    starts, total = [], 0
    for block in result.blocks:
        starts.append(total)
        total += len(block.text) + 1
    ends = [start + len(block.text) for start, block in zip(starts, result.blocks, strict=True)]
    drop = {i for i in candidates if _repeated(joined, cores[i] or "", starts[i], ends[i])}
    result.blocks = [b for i, b in enumerate(result.blocks) if i not in drop]
    result.sources = [s for i, s in enumerate(result.sources) if i not in drop]


def _repeated(joined: str, core: str, start: int, end: int) -> bool:
    """Whether ``core`` occurs in ``joined`` outside ``start:end`` (its own block)."""
    first = joined.find(core)
    if first == -1:
        return False
    if not start <= first < end:
        return True
    return joined.find(core, end) != -1


_EMBED_TAGS = ("script", "iframe", "style", "noscript")
# Tag names in ASCII case (re.IGNORECASE also took "<ſcript>", whose lowered name is no key of _EMBED_CLOSE_OF).
_EMBED_NAMES = "|".join(map(ascii_caseless, _EMBED_TAGS))
_EMBED_OPEN = re.compile(rf"<({_EMBED_NAMES})\b([^<>]{{0,4000}})>")
_EMBED_CLOSE_OF = {tag: re.compile(rf"</{ascii_caseless(tag)}\s*>") for tag in _EMBED_TAGS}
_EMBED_CLOSE = re.compile(rf"</(?:{_EMBED_NAMES})\s*>")
_BARE_TAGS_KEPT = frozenset(("script", "style"))  # written without attributes: code an article shows


def strip_embedded_markup(text: str) -> str:
    """``text`` without embed code written out as text (``<iframe …></iframe><script>…</script>``).

    Pages that ship their article as JSON-LD ``articleBody`` (which trafilatura falls back to)
    sometimes keep the markup of charts and videos in it, escaped. One left-to-right scan: each
    opening tag is dropped with everything up to its closing tag (or alone when it has none).
    A ``<script>`` or ``<style>`` written without attributes is no embed (an embed loads or marks something:
    ``src=``, ``type=``) but code the article shows (“``<script>alert(1)</script>`` in a comment box”): it is
    text, kept as written with its closing tag.
    """
    parts: list[str] = []
    unclosed: set[str] = set()  # tags with no closing tag left: never searched for again (linear time)
    pos = 0
    while (found := _EMBED_OPEN.search(text, pos)) is not None:
        parts.append(_EMBED_CLOSE.sub(" ", text[pos : found.start()]))
        tag = found.group(1).lower()
        closing = None if tag in unclosed else _EMBED_CLOSE_OF[tag].search(text, found.end())
        if closing is None:
            unclosed.add(tag)
        pos = found.end() if closing is None else closing.end()
        if tag in _BARE_TAGS_KEPT and not found.group(2).strip():
            parts.append(text[found.start() : pos])
    parts.append(_EMBED_CLOSE.sub(" ", text[pos:]))
    return "".join(parts)
