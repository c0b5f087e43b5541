"""Where the article ends, read off the page's structure rather than its words.

trafilatura's body can run on past the article: links to other stories, a comments section, a
newsletter box, another story. Word lists for such blocks carried poorly from one site to the next;
their place in the page carries better. Each body block is placed on the page element that holds
its text (the paragraph-like elements the generic path has already read, one pass). Blocks inside an
``<article>`` element nested in the story's own ``<article>`` are left out wherever they stand: HTML
marks a self-contained composition inside another with it (a teaser card of another story, an infobox,
a comment, an embedded post) (:func:`nested_article_blocks`), and so are blocks that are links and
little else (``_LINK_ONLY`` of their characters inside ``<a>``; not headings, which link to the section
they head): a related story's headline set in the article, a list of them (:func:`link_only_blocks`).
Two signs end the body:

- a run of blocks at its end each mostly link text (``_LINK_SHARE`` of their characters inside
  ``<a>``; not a sentence of the article's that links most of its words, opening with words of its own and
  ending a sentence, ``_SENTENCE_BLOCK`` long): a list of other stories' headlines (:func:`link_tail_start`);
- two blocks or more after the last one inside the element that holds most of the body's text (the
  article), in a branch of the page of another kind than the article's (another tag or class: not
  the second half of the article after an advertisement) (:func:`outside_tail_start`).

A heading just before the cut goes with what it heads. Fewer than ``_MIN_BLOCKS`` blocks are never
cut to: a short body is left as it is.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from itertools import islice
from typing import TypeVar

from lxml.etree import tostring
from lxml.html import HtmlElement

from ..lexicon.punctuation import CLOSING_QUOTE_MARKS_OR_BRACKET, SENTENCE_ENDS
from ..lexicon.punctuation_zh import ZH_SENTENCE_ENDS
from ..models import Block, BlockKind
from ..text import reading_length
from .blocks import BodyResult

__all__ = ["end_of_article", "place_blocks"]

_KEY_CHARS = 40
_WINDOW = 4 * _KEY_CHARS
_FIRST_WINDOW = _KEY_CHARS + _KEY_CHARS // 2  # (enough for most texts' spaces)
_MIN_BLOCKS = 3
_LINK_SHARE = 0.6
_LINK_ONLY = 0.9
_RUN = 2
_MAIN_SHARE = 0.8
_SENTENCE_BLOCK = 100  # (reading length: longer than most headlines; a linked paragraph this long ending a sentence)
_SENTENCE_MARKS = frozenset(SENTENCE_ENDS + ZH_SENTENCE_ENDS)
_PAGE_TAGS = ("body", "html")
# Levels looked up from a block for the article element: bounds the walks on a pathologically deep tree
# (the article element sits a few levels above its paragraphs; none found this far up means no cut).
_MAX_LEVELS = 64
# How far into a text its first character that is not whitespace is looked for (past that, its key is read).
_HEAD_WINDOW = 64
_MAX_FOLD = 3  # (the most characters ``str.casefold`` makes of one)

Placed = Sequence[HtmlElement | None]
_Found = tuple[HtmlElement, str]
_T = TypeVar("_T")


def _key(text: str) -> str:
    """The first ``_KEY_CHARS`` characters of ``text`` that are not whitespace, case-folded: extractors join
    an element's inline parts with or without a space ("Laker GirlsGronk" / "Laker Girls Gronk"), and an
    element's text can open with a long run of indentation (read further, a window at a time, only then)."""
    key = "".join(text[:_FIRST_WINDOW].split())  # (the windows' sizes change no key: all whitespace goes)
    start = _FIRST_WINDOW
    while len(key) < _KEY_CHARS and start < len(text):
        key += "".join(text[start : start + _WINDOW].split())
        start += _WINDOW
    return key[:_KEY_CHARS].casefold()


def _candidates(texts: Sequence[_Found], wanted: Collection[str]) -> Iterator[_Found]:
    """The page texts whose key can be one of ``wanted``, the others left out without reading their key
    (most of a page's): a key is the case fold of a text's first characters, and ``str.casefold`` folds
    character by character, each into one to ``_MAX_FOLD`` characters (an ASCII one into one), so that a
    key is at most as long as its text (``_MAX_FOLD`` times as long where the text is not ASCII), and its
    first character opens the fold of the text's first character that is not whitespace."""
    if not wanted:
        return
    shortest = min(map(len, wanted))
    firsts = {key[:1] for key in wanted}
    verdicts: dict[str, bool] = {}
    for found in texts:
        text = found[1]
        if len(text) < shortest and (text.isascii() or _MAX_FOLD * len(text) < shortest):
            continue
        first = text[:1]
        if first.isspace():
            first = text[:_HEAD_WINDOW].lstrip()[:1]  # ("" past a long indentation: the key is read)
        if first:
            verdict = verdicts.get(first)
            if verdict is None:
                verdict = verdicts[first] = first.casefold()[:1] in firsts
            if not verdict:
                continue
        yield found


def _placed_texts(blocks: Sequence[Block], texts: Sequence[_Found]) -> list[_Found | None]:
    """:func:`place_blocks`, each element with its text."""
    wanted: dict[str, list[int]] = {}
    for number, block in enumerate(blocks):
        wanted.setdefault(_key(block.text), []).append(number)
    best: dict[str, _Found] = {}
    for element, text in _candidates(texts, wanted):
        key = _key(text)
        if key in wanted and (key not in best or len(text) < len(best[key][1])):
            best[key] = (element, text)
    placed: list[_Found | None] = [None] * len(blocks)
    for key, numbers in wanted.items():
        for number in numbers:
            placed[number] = best.get(key)
    return placed


def place_blocks(blocks: Sequence[Block], texts: Sequence[tuple[HtmlElement, str]]) -> list[HtmlElement | None]:
    """The page element each block's text comes from (None where none is found): among the elements
    whose text opens as the block does, the one with the shortest text (a ``<p>`` before the
    ``<td>`` holding it). One pass over ``texts``."""
    return [None if found is None else found[0] for found in _placed_texts(blocks, texts)]


def _visible_length(element: HtmlElement) -> int:
    return len("".join(tostring(element, method="text", encoding=str, with_tail=False).split()))


def _mostly_link(found: _Found | None, share: float = _LINK_SHARE) -> bool:
    """Is most of the element's text (``share``, whitespace left out) inside its links? Its text is the one
    the generic path read before trafilatura ran (which changes no element of the page)."""
    if found is None:
        return False
    element, text = found
    linked = sum(_visible_length(link) for link in element.iter("a"))
    if not linked:  # (no link text: not a link block, whatever its length)
        return False
    total = len("".join(text.split()))
    return total > 0 and linked >= share * total


def _linked_line(found: _Found | None) -> bool:
    """Is the element mostly link text (:func:`_mostly_link`) and no sentence of the article's? A sentence opens
    with words of its own, runs to ``_SENTENCE_BLOCK`` at least and ends with a sentence mark: a closing paragraph
    that links most of its words to its sources ("The council has published <a>the survey …</a> and <a>the
    budget …</a>."), not a headline, a "Read more" line or a teaser opening with its linked headline."""
    if found is None or not _mostly_link(found):
        return False
    element, text = found
    text = text.strip()
    ended = text.rstrip(CLOSING_QUOTE_MARKS_OR_BRACKET)
    if reading_length(ended) < _SENTENCE_BLOCK or ended[-1:] not in _SENTENCE_MARKS:
        return True
    return _key(text).startswith(_key(next(element.iter("a")).text_content()))  # (opens with its first link)


def link_only_blocks(placed: Sequence[_Found | None], blocks: Sequence[Block]) -> list[int]:
    """The blocks other than headings with ``_LINK_ONLY`` of their text inside links; ``placed`` as
    :func:`_placed_texts` gives it."""
    return [
        number
        for number, (found, block) in enumerate(zip(placed, blocks, strict=True))
        if block.kind is not BlockKind.HEADING and _mostly_link(found, _LINK_ONLY)
    ]


def link_tail_start(placed: Sequence[_Found | None]) -> int | None:
    """Where the run of mostly-link blocks that ends the body starts (``_RUN`` blocks at least); ``placed``
    as :func:`_placed_texts` gives it."""
    start = len(placed)
    while start > 0 and _linked_line(placed[start - 1]):
        start -= 1
    return start if len(placed) - start >= _RUN else None


def _main_element(placed: Placed, blocks: Sequence[Block]) -> HtmlElement | None:
    """The deepest element above the placed blocks that holds ``_MAIN_SHARE`` of their text (None when
    that is the whole page). One walk up, ``_MAX_LEVELS`` at most, per parent of placed blocks: blocks
    under one parent share its ancestors (their text is summed first, and the ancestors come in the
    order a walk per block would meet them, so that ties fall as they did)."""
    first_child: dict[HtmlElement | None, HtmlElement] = {}
    under: dict[HtmlElement | None, int] = {}
    for element, block in zip(placed, blocks, strict=True):
        if element is not None:
            parent = element.getparent()
            first_child.setdefault(parent, element)
            under[parent] = under.get(parent, 0) + len(block.text)
    weight: dict[HtmlElement, int] = {}
    for parent, size in under.items():
        for ancestor in _ancestors(first_child[parent]):
            weight[ancestor] = weight.get(ancestor, 0) + size
    total = sum(under.values())
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


def _own_article(element: HtmlElement | None) -> HtmlElement | None:
    """The innermost ``<article>`` holding ``element`` (itself included; ``_MAX_LEVELS`` up at most)."""
    if element is None or element.tag == "article":
        return element
    return next((above for above in _ancestors(element) if above.tag == "article"), None)


def nested_article_blocks(placed: Placed, blocks: Sequence[Block]) -> list[int]:
    """The blocks in an ``<article>`` nested inside the story's: the story is the ``<article>`` holding the
    most body text as the innermost one around it; the nested ones are inserts in it only while they hold
    less text than it does together (the entries of a live blog, each its own ``<article>``, outweigh its
    introduction and stay)."""
    by_parent: dict[HtmlElement | None, HtmlElement | None] = {}  # (blocks share parents: one walk up each)
    owners: list[HtmlElement | None] = []
    for element in placed:
        if element is not None and (parent := element.getparent()) not in by_parent:
            by_parent[parent] = _own_article(element)  # (a paragraph-like element is no <article>)
        owners.append(None if element is None else by_parent[element.getparent()])
    size: dict[HtmlElement, int] = {}
    for owner, block in zip(owners, blocks, strict=True):
        if owner is not None:
            size[owner] = size.get(owner, 0) + len(block.text)
    if len(size) < 2:
        return []
    story = max(size, key=size.__getitem__)
    inserts = [n for n, owner in enumerate(owners) if _inside(owner, story)]
    return inserts if sum(len(blocks[n].text) for n in inserts) < size[story] else []


def _drop(result: BodyResult, placed: list[_T], numbers: Collection[int]) -> None:
    """Remove the blocks ``numbers`` (never down to fewer than ``_MIN_BLOCKS``)."""
    if not numbers or len(result.blocks) - len(numbers) < _MIN_BLOCKS:
        return
    for number in sorted(numbers, reverse=True):
        del result.blocks[number], placed[number]
        if number < len(result.sources):
            del result.sources[number]


def _cut(result: BodyResult, placed: list[_T], at: int | None) -> None:
    if at is None:
        return
    while at > _MIN_BLOCKS and result.blocks[at - 1].kind is BlockKind.HEADING:
        at -= 1  # (a heading just before the cut heads what follows)
    if at >= _MIN_BLOCKS:
        del result.blocks[at:], result.sources[at:], placed[at:]


def end_of_article(result: BodyResult, texts: Sequence[tuple[HtmlElement, str]]) -> None:
    """Drop the blocks after the article's end, those of articles nested in it and the link-only ones (see the
    module's notes), in place."""
    if len(result.blocks) < _MIN_BLOCKS + _RUN:
        return  # (either cut leaves ``_MIN_BLOCKS`` at least and takes ``_RUN`` at least)
    found = _placed_texts(result.blocks, texts)
    _cut(result, found, link_tail_start(found))
    placed = [None if pair is None else pair[0] for pair in found]
    links = link_only_blocks(found, result.blocks)
    _drop(result, placed, {*links, *nested_article_blocks(placed, result.blocks)})
    _cut(result, placed, outside_tail_start(placed, result.blocks))
