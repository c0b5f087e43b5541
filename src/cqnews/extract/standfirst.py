"""The standfirst a page marks by class name, for the summary of pages without a description."""

from __future__ import annotations

from lxml.etree import XPath
from lxml.html import HtmlElement

from ..document import has_class
from ..lexicon.standfirst import STANDFIRST_CLASSES
from ..text import normalize_space

__all__ = ["find_standfirst"]

_TAGS = ("p", "div", "h2", "section")
_HAS_CLASS = " or ".join(has_class(name) for name in STANDFIRST_CLASSES)
# At most two hits are read: two or more marked elements are a list of teasers, not one standfirst.
_MARKED = XPath(f"(//*[{' or '.join(f'self::{tag}' for tag in _TAGS)}][{_HAS_CLASS}])[position() <= 2]")
_MIN_CHARS = 20
_MAX_CHARS = 600


def find_standfirst(root: HtmlElement) -> str | None:
    """The text of the one element whose class marks it a standfirst (``<p class="lead">``), else None.

    None when several elements carry such a class (teaser lists on index pages and sidebars), or
    when the text is too short or too long to be a lead paragraph.
    """
    marked = _MARKED(root)
    if not isinstance(marked, list) or len(marked) != 1:
        return None
    element = marked[0]
    if not isinstance(element, HtmlElement):
        return None
    text = normalize_space(element.text_content())
    return text if _MIN_CHARS <= len(text) <= _MAX_CHARS else None
