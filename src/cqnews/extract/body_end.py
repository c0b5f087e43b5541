"""Where the article ends, read off the page's structure rather than its words.

trafilatura's body can run on past the article: links to other stories, a comments section, a
newsletter box, another story. Word lists for such blocks carried poorly from one site to the next;
their place in the page carries better. Each body block is placed on the page element that holds
its text (the paragraph-like elements the generic path has already read, one pass), and two signs
end the body:

- a run of blocks at its end each mostly link text (``_LINK_SHARE`` of their characters inside
  ``<a>``): a list of other stories' headlines (:func:`link_tail_start`);
- two blocks or more after the last one inside the element that holds most of the body's text (the
  article), in a branch of the page of another kind than the article's (another tag or class: not
  the second half of the article after an advertisement) (:func:`outside_tail_start`).

A heading just before the cut goes with what it heads. Fewer than ``_MIN_BLOCKS`` blocks are never
cut to: a short body is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice

from lxml.etree import tostring
from lxml.html import HtmlElement

from ..models import Block, BlockKind
from .blocks import BodyResult

__all__ = ["end_of_article", "link_tail_start", "outside_tail_start", "place_blocks"]

_KEY_CHARS = 40
_WINDOW = 4 * _KEY_CHARS
_MIN_BLOCKS = 3
_LINK_SHARE = 0.6
_RUN = 2
_MAIN_SHARE = 0.8
_PAGE_TAGS = ("body", "html")
# Levels looked up from a block for the article element: bounds the walks on a pathologically deep tree
# (the article element sits a few levels above its paragraphs; none found this far up means no cut).
_MAX_LEVELS = 64

Placed = Sequence[HtmlElement | None]


def _key(text: str) -> str:
    """The first ``_KEY_CHARS`` characters of ``text`` that are not whitespace, case-folded: extractors join
    an element's inline parts with or without a space ("Laker GirlsGronk" / "Laker Girls Gronk"), and an
    element's text can open with a long run of indentation (read further, a window at a time, only then)."""
    key = "".join(text[:_WINDOW].split())
    start = _WINDOW
    while len(key) < _KEY_CHARS and start < len(text):
        key += "".join(text[start : start + _WINDOW].split())
        start += _WINDOW
    return key[:_KEY_CHARS].casefold()


def place_blocks(blocks: Sequence[Block], texts: Sequence[tuple[HtmlElement, str]]) -> list[HtmlElement | None]:
    """The page element each block's text comes from (None where none is found): among the elements
    whose text opens as the block does, the one with the shortest text (a ``<p>`` before the
    ``<td>`` holding it). One pass over ``texts``."""
    wanted: dict[str, list[int]] = {}
    for number, block in enumerate(blocks):
        wanted.setdefault(_key(block.text), []).append(number)
    best: dict[str, tuple[HtmlElement, int]] = {}
    for element, text in texts:
        key = _key(text)
        if key in wanted and (key not in best or len(text) < best[key][1]):
            best[key] = (element, len(text))
    placed: list[HtmlElement | None] = [None] * len(blocks)
    for key, numbers in wanted.items():
        if key in best:
            for number in numbers:
                placed[number] = best[key][0]
    return placed


def _visible_length(element: HtmlElement) -> int:
    return len("".join(tostring(element, method="text", encoding=str, with_tail=False).split()))


def _mostly_link(element: HtmlElement | None) -> bool:
    """Is most of the element's text (``_LINK_SHARE``, whitespace left out) inside its links?"""
    if element is None:
        return False
    total = _visible_length(element)
    linked = sum(_visible_length(link) for link in element.iter("a"))
    return total > 0 and linked >= _LINK_SHARE * total


def link_tail_start(placed: Placed) -> int | None:
    """Where the run of mostly-link blocks that ends the body starts (``_RUN`` blocks at least)."""
    start = len(placed)
    while start > 0 and _mostly_link(placed[start - 1]):
        start -= 1
    return start if len(placed) - start >= _RUN else None


def _main_element(placed: Placed, blocks: Sequence[Block]) -> HtmlElement | None:
    """The deepest element above the placed blocks that holds ``_MAIN_SHARE`` of their text (None when
    that is the whole page). One walk up per block, ``_MAX_LEVELS`` at most."""
    weight: dict[HtmlElement, int] = {}
    total = 0
    for element, block in zip(placed, blocks, strict=True):
        if element is not None:
            total += len(block.text)
            for ancestor in _ancestors(element):
                weight[ancestor] = weight.get(ancestor, 0) + len(block.text)
    held = [(size, element) for element, size in weight.items() if size >= _MAIN_SHARE * total]
    if not total or not held:
        return None
    main = min(held, key=lambda pair: pair[0])[1]
    return None if main.tag in _PAGE_TAGS else main


def _ancestors(element: HtmlElement) -> Iterator[HtmlElement]:
    return islice(element.iterancestors(), _MAX_LEVELS)


def _inside(element: HtmlElement | None, main: HtmlElement) -> bool:
    return element is not None and any(ancestor is main for ancestor in _ancestors(element))


def _same_kind_of_branch(main: HtmlElement, other: HtmlElement) -> bool:
    """Do ``main`` and ``other`` sit in branches of the same tag and class under the element holding both
    (two ``div.article-part`` either side of an advertisement)?"""
    chain = [main, *main.iterancestors()]
    level = {id(node): n for n, node in enumerate(chain)}
    below = other
    for ancestor in other.iterancestors():
        n = level.get(id(ancestor))
        if n is not None:
            ours = chain[n - 1] if n else main
            return ours.tag == below.tag and (ours.get("class") or "") == (below.get("class") or "")
        below = ancestor
    return False


def outside_tail_start(placed: Placed, blocks: Sequence[Block]) -> int | None:
    """Where the blocks after the article element start: the first placed block after the last one inside
    it, when ``_RUN`` placed blocks at least follow the article there (one block alone may be a sign-off or
    the article's last line set apart) and the first one's branch of the page is of another kind than the
    article's."""
    main = _main_element(placed, blocks)
    if main is None:
        return None
    last_inside = next((n for n in range(len(placed) - 1, -1, -1) if _inside(placed[n], main)), -1)
    outside = [n for n in range(last_inside + 1, len(placed)) if placed[n] is not None]
    if last_inside < _MIN_BLOCKS - 1 or len(outside) < _RUN:
        return None
    other = placed[outside[0]]
    return None if other is None or _same_kind_of_branch(main, other) else outside[0]


def _cut(result: BodyResult, placed: list[HtmlElement | None], at: int | None) -> None:
    if at is None:
        return
    while at > _MIN_BLOCKS and result.blocks[at - 1].kind is BlockKind.HEADING:
        at -= 1  # (a heading just before the cut heads what follows)
    if at >= _MIN_BLOCKS:
        del result.blocks[at:], result.sources[at:], placed[at:]


def end_of_article(result: BodyResult, texts: Sequence[tuple[HtmlElement, str]]) -> None:
    """Drop the blocks after the article's end (see the module's notes), in place."""
    if len(result.blocks) <= _MIN_BLOCKS:
        return
    placed = place_blocks(result.blocks, texts)
    _cut(result, placed, link_tail_start(placed))
    _cut(result, placed, outside_tail_start(placed, result.blocks))
