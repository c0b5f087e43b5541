"""An HTML page standing after more plain text than :func:`cqnews.document.looks_like_html` reads.

A saved page after a long header of notes (a log, a mail, a copied list of links) showed no tag in the first
8 KB, so the whole input was read as a plain-text dump: the notes became the body and the page's own article was
lost without a word. A line opening an HTML page (``<!DOCTYPE html`` or ``<html``) with markup after it is where
the page starts; the text before it is left out with a warning.
"""

from __future__ import annotations

import re

from .document import looks_like_html

__all__ = ["late_page_start", "late_page_warning"]

# The page's opening at the start of a line (after spaces): a tag quoted inside a sentence is no page.
_PAGE_START = re.compile(r"^[ \t]*+<(?:!doctype[ \t]++html|html)\b", re.IGNORECASE | re.MULTILINE)
_PAGE_TAGS = re.compile(r"<(?:head|body|meta|title|div|p|article|section|main)\b", re.IGNORECASE)
_MIN_PAGE_TAGS = 3
_SNIFF_CHARS = 8192


def late_page_start(text: str) -> int | None:
    """Where an HTML page opens in a text that :func:`looks_like_html` took for a dump; None when none does."""
    found = _PAGE_START.search(text)
    if found is None:
        return None
    start = text.index("<", found.start())
    page = text[start : start + _SNIFF_CHARS]
    return start if len(_PAGE_TAGS.findall(page)) >= _MIN_PAGE_TAGS and looks_like_html(page) else None


def late_page_warning(start: int) -> str:
    """The warning for a page read from ``start`` on (see the module)."""
    return (
        f"the input opens with {start} characters of plain text before an HTML page, which were left out: "
        "the page was read from its <!DOCTYPE html> or <html> line"
    )
