"""Text to document tree: one safe lxml parse per page, reused by every later stage.

The parser never touches the network or the file system: no DTD loading, no external entities,
no XInclude (lxml's HTML parser does none of these, and ``no_network`` is set on top).
"""

from __future__ import annotations

import re
import threading

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from .errors import EmptyInputError, NotHTMLError, TreeTooLargeError
from .options import ParseOptions

__all__ = ["element_text", "looks_like_html", "parse_tree"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
_TAG = re.compile(r"<(?:!doctype|html|head|body|meta|title|div|p|article|section|span|a|br|table|script)\b", re.IGNORECASE)
_SNIFF_CHARS = 8192

# lxml parsers are not thread-safe; keep one per thread.
_local = threading.local()


def _parser() -> HTMLParser:
    parser: HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = HTMLParser(
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            remove_blank_text=False,
            default_doctype=False,
            huge_tree=False,  # keeps libxml2's depth cap: deep nesting cannot exhaust the stack
        )
        _local.parser = parser
    return parser


def looks_like_html(text: str) -> bool:
    """True when the text is markup rather than a plain-text dump of a page."""
    head = text[:_SNIFF_CHARS].lstrip()
    if head.startswith("<"):
        return True
    return len(_TAG.findall(head)) >= 3


def parse_tree(text: str, options: ParseOptions) -> HtmlElement:
    """Parse markup into an lxml HTML tree, within the node limit of ``options``.

    Raises :class:`EmptyInputError` when nothing is left after parsing, and
    :class:`TreeTooLargeError` when the tree has more than ``options.max_nodes`` elements.
    """
    text = _XML_DECLARATION.sub("", text, count=1)
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInputError("the page is empty: check that the download returned a body")
    try:
        root = document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise NotHTMLError(f"the input could not be parsed as HTML ({exc}): pass an HTML page or use parse_text()") from exc
    _check_size(root, options)
    return root


def _check_size(root: HtmlElement, options: ParseOptions) -> None:
    count = 0
    limit = options.max_nodes
    for _ in root.iter():
        count += 1
        if count > limit:
            raise TreeTooLargeError(
                f"the page has more than {limit} elements: raise ParseOptions.max_nodes if it is a genuine article"
            )


_BREAKS = frozenset({"br", "lb", "hr", "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "row", "cell", "item"})


def element_text(element: HtmlElement) -> str:
    """The text of an element, with a space where a line break or block boundary separates words.

    Unlike ``text_content()``, ``a<br>b`` gives ``"a b"``; inline markup (``<b>``, ``<a>``) adds nothing.
    """
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: HtmlElement, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str):
            if child.tag in _BREAKS:
                parts.append(" ")
            if child.tag not in {"script", "style", "noscript"}:
                _collect(child, parts)
        if child.tail:
            parts.append(child.tail)
