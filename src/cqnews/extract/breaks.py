"""Paragraphs written without ``<p>``, made into ``<p>`` elements before extraction.

Older portals and government sites (Chinese ones above all) write an article as one ``<div>`` of text
runs separated by ``<br>``: ``<div class="text">第一段。<br><br>第二段。<br><br>…</div>``. trafilatura,
which weighs paragraphs, then finds none: it falls back to the text of the whole page as one block,
menus and footer included, and cqnews lost the article. Each run between breaks becomes a paragraph
of its own, so the page reads like any other.

Only an element holding no block elements is rewritten (the breaks are then its only structure), and
only when two or more of its runs are text of paragraph length: a ``<br>`` that ends a line of an
address or a poem inside a ``<p>`` is left alone. A ``<p>`` is rewritten (as a ``<div>`` of paragraphs)
only when a blank line, two breaks in a row, stands between two such runs, or when two or more runs
after a break open with a paragraph indent ("　　"): a whole article written in one ``<p>``. When a first reading of
the page found no body, the extractor asks again with ``around_blocks``: a block element among the runs
(a ``<figure>`` set into the text, an ad's ``<div>``) then ends the run before it and stays where it is.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ..document import HEADING_TAGS
from ..text import reading_length
from .image_tree import is_element

__all__ = ["paragraphs_from_breaks", "paragraphs_from_centres", "paragraphs_from_text_blocks"]

# Elements whose text runs between breaks may be an article's paragraphs.
_BREAK_PARENTS = frozenset(("div", "td", "section", "article", "font", "span", "center", "main"))
# Children that give an element a structure of its own: it is not a text run container.
_BLOCK_TAGS = frozenset(
    ("p", "div", "table", "ul", "ol", "dl", "section", "article", *HEADING_TAGS, "blockquote",
     "pre", "figure", "header", "footer", "nav", "aside", "form", "iframe", "video")
)
_MIN_RUN_CHARS = 20  # a run of paragraph length: about four words (a Han character counts two, see _long)
_MIN_RUNS = 2


def paragraphs_from_breaks(root: HtmlElement, around_blocks: bool = False) -> int:
    """Rewrite every element of text runs between ``<br>`` breaks as ``<p>`` paragraphs; how many were.

    ``around_blocks``: an element holding block elements among its runs is rewritten too (its blocks
    stay as they are, between the new paragraphs).
    """
    parents: dict[HtmlElement, None] = {}
    for br in root.iter("br"):
        parent = br.getparent()
        if parent is not None and (parent.tag in _BREAK_PARENTS or parent.tag == "p"):
            parents[parent] = None
    rewritten = 0
    # Innermost first (reversed document order): a <font> of runs inside a <td> of runs becomes paragraphs
    # before the <td> is read, which then sees a block in it instead of wrapping it whole in one <p>.
    for parent in reversed(parents):
        runs = _runs(parent, around_blocks)
        if runs is None or (parent.tag == "p" and not (_blank_line_between(runs) or _indented(runs))):
            continue
        if parent.tag == "p":
            parent.tag = "div"  # (its paragraphs go inside it: a <p> holds no <p>)
            runs = _lines_joined(parent, runs)
        _rewrite(parent, runs)
        rewritten += 1
    return rewritten


def _blank_line_between(runs: list[_Run]) -> bool:
    """Is there a blank line (two breaks in a row) between two runs of paragraph length?

    A whole article written in one ``<p>`` as runs between double breaks is paragraphs; a ``<p>`` of single
    breaks is lines of one paragraph (an address, a poem's stanza) and is left alone.
    """
    seen_long = blank_after_long = False
    for text, children in runs:
        if not text.strip() and not children:
            blank_after_long = seen_long
        elif _long(_run_text(text, children)) and not _is_block(children):
            if blank_after_long:
                return True
            seen_long = True
    return False


# One run: the text before its first child, then its inline children (each with its tail); or, with
# no text, a block element alone (it stays as it is, between the paragraphs).
_Run = tuple[str, list[HtmlElement]]


def _runs(parent: HtmlElement, around_blocks: bool) -> list[_Run] | None:
    """The runs of ``parent`` between breaks (and block elements, ``around_blocks``), or None when it is
    not an element of such runs."""
    runs: list[_Run] = [(parent.text or "", [])]
    for child in parent:
        if not is_element(child):
            runs[-1][1].append(child)  # a comment keeps its place (and its tail)
        elif child.tag in _BLOCK_TAGS or _holds_block(child):
            if not around_blocks:
                return None
            # (a <figure> set into the text: the run before it ends there; the one after it opens with its tail)
            runs.append(("", [child]))
            runs.append((child.tail or "", []))
        elif child.tag == "br":
            runs.append((child.tail or "", []))
        else:
            runs[-1][1].append(child)
    long_runs = sum(1 for text, children in runs if not _is_block(children) and _long(_run_text(text, children)))
    return runs if long_runs >= _MIN_RUNS else None


def _is_block(children: list[HtmlElement]) -> bool:
    """Is this run a block element alone (see :data:`_Run`)?"""
    if len(children) != 1 or not is_element(children[0]):
        return False
    return children[0].tag in _BLOCK_TAGS or _holds_block(children[0])


def _holds_block(child: HtmlElement) -> bool:
    """Does an inline element hold a block (a ``<font>`` whose runs were made paragraphs)?"""
    return next(child.iterdescendants(*_BLOCK_TAGS), None) is not None


def _long(text: str) -> bool:
    """Is ``text`` of paragraph length? A Han character counts as two: a word is one or two of them
    (a Chinese sentence of ten characters says what an English one of twenty does)."""
    return reading_length(text[:_MIN_RUN_CHARS]) >= _MIN_RUN_CHARS


def _run_text(text: str, children: list[HtmlElement]) -> str:
    parts = [text]
    for child in children:
        if is_element(child):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts).strip()


# A paragraph's first-line indent as Chinese pages write it: two ideographic spaces ("　　"), or non-breaking spaces.
_INDENTS = ("\u3000", "\xa0\xa0")


def _opens_indented(text: str) -> bool:
    return text.lstrip(" \t\r\n").startswith(_INDENTS)


def _indented(runs: list[_Run]) -> bool:
    """Do two or more runs of paragraph length after a break open with an indent ("　　第二段。")? Each is a
    paragraph."""
    indented = (text for text, children in runs[1:] if _opens_indented(text) and _long(_run_text(text, children)))
    return sum(1 for _ in indented) >= _MIN_RUNS


def _lines_joined(parent: HtmlElement, runs: list[_Run]) -> list[_Run]:
    """The runs of a ``<p>`` made one paragraph per blank line or indented line: other runs between single
    breaks are lines of one paragraph, joined again with their ``<br>``."""
    joined: list[_Run] = []
    open_run = False  # (the last joined run takes the next line)
    for text, children in runs:
        blank = not text.strip() and not children
        if blank or _is_block(children):
            joined.append((text, children))
            open_run = False
        elif open_run and not _opens_indented(text):
            br = parent.makeelement("br", {})
            br.tail = text
            joined[-1][1].extend((br, *children))
        else:
            joined.append((text, list(children)))
            open_run = True
    return joined


def _rewrite(parent: HtmlElement, runs: list[_Run]) -> None:
    """Replace ``parent``'s content by one ``<p>`` per run that holds text or a picture."""
    for child in list(parent):
        parent.remove(child)  # (the inline children are kept in ``runs`` and come back inside the paragraphs)
    parent.text = None
    for text, children in runs:
        if not text and _is_block(children):
            children[0].tail = "\n"  # (its tail is the next run's text)
            parent.append(children[0])
            continue
        if not _run_text(text, children) and not any(is_element(c) and c.tag == "img" for c in children):
            continue
        paragraph = parent.makeelement("p", {})
        paragraph.text = text
        for child in children:
            paragraph.append(child)  # (its tail moves with it)
        paragraph.tail = "\n"
        parent.append(paragraph)


# Elements that hold a paragraph's text when a page writes no <p> (<div>第一段。</div><div>第二段。</div>, and
# the nested <section><span> of WeChat-style editors).
_TEXT_BLOCK_TAGS = ("div", "section")


def paragraphs_from_text_blocks(root: HtmlElement) -> int:
    """Rename to ``<p>`` the ``<div>`` and ``<section>`` elements that hold only inline content of paragraph
    length, two or more side by side with no loose text between them: the one such group holding the most
    text, the article's (a footer's or a sidebar's group is left alone); how many were renamed.

    For pages that write their paragraphs without ``<p>`` (the caller runs it only when the page's ``<p>``
    elements hold too little text to be the article): trafilatura weighs ``<p>`` elements, and without
    them it took the whole page's text, menus and footer included, as one block.
    """
    structured = _holding_blocks(root)
    best: list[HtmlElement] = []
    best_chars = 0
    for parent in root.iter():  # (document order: of two groups as long, the first wins)
        if parent not in structured or not _no_loose_text(parent):
            continue  # (text between the children: the <div>s are set into running text, not paragraphs)
        if _in_page_furniture(parent):
            continue
        leaves = [el for el in parent if el.tag in _TEXT_BLOCK_TAGS and el not in structured]
        paragraphs = [(el, text) for el in leaves if (text := el.text_content().strip())]
        chars = sum(len(text) for _, text in paragraphs)
        long_ones = sum(1 for _, text in paragraphs if _long(text))  # (a short one among them is one too)
        if long_ones >= _MIN_RUNS and chars > best_chars:
            best, best_chars = [el for el, _ in paragraphs], chars
    for el in best:  # the article: the group of side-by-side text blocks holding the most text (not a footer's)
        el.tag = "p"
    return len(best)


# Page furniture whose lines are side-by-side <div>s too: a footer's columns, a menu, a sidebar.
_FURNITURE_TAGS = frozenset(("footer", "nav", "aside", "header"))
_FURNITURE_CLASS = re.compile(r"foot|nav|menu|sidebar|copyright|comment", re.IGNORECASE)


def _in_page_furniture(el: HtmlElement) -> bool:
    for node in (el, *el.iterancestors()):
        if node.tag in _FURNITURE_TAGS or _FURNITURE_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _no_loose_text(parent: HtmlElement) -> bool:
    return not (parent.text or "").strip() and not any((child.tail or "").strip() for child in parent)


def _holding_blocks(root: HtmlElement) -> set[HtmlElement]:
    """The elements with a block element among their descendants. Each block element marks its ancestors
    up to the first one already marked (all above it are too), so the walk is linear in the page."""
    marked: set[HtmlElement] = set()
    for block in root.iter(*_BLOCK_TAGS):
        for ancestor in block.iterancestors():
            if ancestor in marked:
                break
            marked.add(ancestor)
    return marked


# What a <center> of a line of text holds none of: a block of its own, or a picture (a centred picture with its
# caption line is read by the image finder, and is no paragraph of the story).
_NOT_IN_CENTRED_LINE = frozenset((*_BLOCK_TAGS, "center", "img", "picture", "svg", "canvas", "object", "embed"))


def paragraphs_from_centres(root: HtmlElement) -> int:
    """Rename to ``<p align="center">`` each ``<center>`` that holds text and inline elements only, outside any
    ``<p>`` (``<center>工人在码头装卸集装箱。</center>``, older portals' centred line); how many were renamed.

    ``<center>`` is a block of centred text, as a centred ``<p>`` is, but trafilatura reads no text in it (a
    ``<center>`` holding ``<p>`` elements is read through them): its line was lost from the body. A ``<center>`` set
    into running text (loose text beside it in its parent: ``<div>Text.<br><img><center>…</center><br>More.</div>``)
    is left alone: a paragraph there would make trafilatura drop the loose text around it.
    """
    renamed = 0
    for centre in list(root.iter("center")):
        if not centre.text_content().strip() or any(True for _ in centre.iterdescendants(*_NOT_IN_CENTRED_LINE)):
            continue
        if any(ancestor.tag == "p" for ancestor in centre.iterancestors()) or _in_running_text(centre):
            continue
        centre.tag = "p"
        centre.set("align", "center")
        renamed += 1
    return renamed


def _in_running_text(el: HtmlElement) -> bool:
    """Is there loose text beside ``el`` in its parent (the parent's own text, or a sibling's tail, ``el``'s own)?"""
    parent = el.getparent()
    return parent is not None and not _no_loose_text(parent)
