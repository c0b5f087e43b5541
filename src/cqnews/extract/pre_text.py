"""A ``<pre>`` holding an article's text in paragraphs: read as paragraphs, not as one quoted block.

Some pages serve a plain-text article inside one ``<pre>`` (a mailing-list or wire archive, a "text version" view,
a page generated from a text file): the browser shows its lines as written, blank lines between the paragraphs.
trafilatura read such a ``<pre>`` as one block, of kind blockquote, its title, byline and every paragraph glued
into one line. A ``<pre>`` whose blank-line-separated parts are mostly paragraphs of running text (a code sample
is not) becomes a ``<div>`` of ``<p>``, the lines of each paragraph joined (they are hard-wrapped).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ..lexicon.punctuation_zh import SENTENCE_END_MARKS

__all__ = ["paragraphs_from_pre", "pre_title"]

# Inline markup a text page keeps inside its <pre> (links, emphasis); any other element makes it no text page.
_INLINE = frozenset(("a", "b", "i", "em", "strong", "span", "u", "font"))
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_PROSE_MIN_WORDS = 12
_CLOSERS = "\"'”’»)）」』"
_MIN_PARAGRAPHS = 2
_TITLE_MAX_WORDS = 15


def paragraphs_from_pre(root: HtmlElement) -> int:
    """Replace each ``<pre>`` of prose paragraphs by a ``<div>`` of ``<p>`` (see the module); how many were."""
    replaced = 0
    for pre in list(root.iter("pre")):
        if (parts := _prose_parts(pre)) is None:
            continue
        div = pre.makeelement("div", {})
        for part in parts:
            paragraph = pre.makeelement("p", {})
            paragraph.text = part
            div.append(paragraph)
        div.tail = pre.tail
        if (parent := pre.getparent()) is not None:
            parent.replace(pre, div)
        replaced += 1
    return replaced


def pre_title(root: HtmlElement) -> str | None:
    """The first part of the first ``<pre>`` of prose paragraphs when it reads as a title (a short line with no
    sentence end): the headline of a text page that has no ``<h1>`` (read by :mod:`cqnews.extract.headings`)."""
    for pre in root.iter("pre"):
        if (parts := _prose_parts(pre)) is not None:
            first = parts[0]
            short = len(first.split()) <= _TITLE_MAX_WORDS and first.rstrip(_CLOSERS)[-1:] not in SENTENCE_END_MARKS
            return first if short and not _is_prose(first) else None
    return None


def _prose_parts(pre: HtmlElement) -> list[str] | None:
    """The blank-line-separated parts of a ``<pre>`` that holds inline markup at most and mostly prose paragraphs,
    else None."""
    if any(child.tag not in _INLINE for child in pre.iterdescendants()):
        return None
    parts = [" ".join(part.split()) for part in _BLANK_LINE.split(pre.text_content())]
    parts = [part for part in parts if part]
    prose = sum(1 for part in parts if _is_prose(part))
    return None if prose < _MIN_PARAGRAPHS or 2 * prose < len(parts) else parts


def _is_prose(part: str) -> bool:
    """A paragraph of running text: a dozen words or more, a sentence end (perhaps inside a closing quote)."""
    return len(part.split()) >= _PROSE_MIN_WORDS and part.rstrip(_CLOSERS)[-1:] in SENTENCE_END_MARKS
