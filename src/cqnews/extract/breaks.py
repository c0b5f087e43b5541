"""Paragraphs written as text between line breaks, made into ``<p>`` elements before extraction.

Older portals and government sites (Chinese ones above all) write an article as one ``<div>`` of text
runs separated by ``<br>``: ``<div class="text">第一段。<br><br>第二段。<br><br>…</div>``. trafilatura,
which weighs paragraphs, then finds none: it falls back to the text of the whole page as one block,
menus and footer included, and cqnews lost the article. Each run between breaks becomes a paragraph
of its own, so the page reads like any other.

Only an element holding no block elements is rewritten (the breaks are then its only structure), and
only when two or more of its runs are text of paragraph length: a ``<br>`` that ends a line of an
address or a poem inside a ``<p>`` is left alone, and so is a ``<p>`` itself.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .image_tree import is_element

__all__ = ["paragraphs_from_breaks"]

# Elements whose text runs between breaks may be an article's paragraphs.
_BREAK_PARENTS = frozenset(("div", "td", "section", "article", "font", "span", "center", "main"))
# Children that give an element a structure of its own: it is not a text run container.
_BLOCK_TAGS = frozenset(
    ("p", "div", "table", "ul", "ol", "dl", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
     "pre", "figure", "header", "footer", "nav", "aside", "form", "iframe", "video")
)
_MIN_RUN_CHARS = 20  # a run of paragraph length (a Chinese sentence is about this long)
_MIN_RUNS = 2
_MAX_CHILDREN = 2_000  # a bigger element is left to the extractor (its cost stays linear anyway)


def paragraphs_from_breaks(root: HtmlElement) -> int:
    """Rewrite every element of text runs between ``<br>`` breaks as ``<p>`` paragraphs; how many were."""
    parents: dict[HtmlElement, None] = {}
    for br in root.iter("br"):
        parent = br.getparent()
        if parent is not None and parent.tag in _BREAK_PARENTS:
            parents[parent] = None
    rewritten = 0
    for parent in parents:
        runs = _runs(parent)
        if runs is not None:
            _rewrite(parent, runs)
            rewritten += 1
    return rewritten


# One run: the text before its first child, then its inline children (each with its tail).
_Run = tuple[str, list[HtmlElement]]


def _runs(parent: HtmlElement) -> list[_Run] | None:
    """The runs of ``parent`` between breaks, or None when it is not an element of such runs."""
    if len(parent) > _MAX_CHILDREN:
        return None
    runs: list[_Run] = [(parent.text or "", [])]
    for child in parent:
        if not is_element(child):
            runs[-1][1].append(child)  # a comment keeps its place (and its tail)
            continue
        if child.tag in _BLOCK_TAGS:
            return None
        if child.tag == "br":
            runs.append((child.tail or "", []))
        else:
            runs[-1][1].append(child)
    long_runs = sum(1 for text, children in runs if len(_run_text(text, children)) >= _MIN_RUN_CHARS)
    return runs if long_runs >= _MIN_RUNS else None


def _run_text(text: str, children: list[HtmlElement]) -> str:
    parts = [text]
    for child in children:
        if is_element(child):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _rewrite(parent: HtmlElement, runs: list[_Run]) -> None:
    """Replace ``parent``'s content by one ``<p>`` per run that holds text or a picture."""
    for child in list(parent):
        parent.remove(child)  # (the inline children are kept in ``runs`` and come back inside the paragraphs)
    parent.text = None
    for text, children in runs:
        if not _run_text(text, children) and not any(is_element(c) and c.tag == "img" for c in children):
            continue
        paragraph = parent.makeelement("p", {})
        paragraph.text = text
        for child in children:
            paragraph.append(child)  # (its tail moves with it)
        paragraph.tail = "\n"
        parent.append(paragraph)
