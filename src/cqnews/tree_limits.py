"""The size limits of a page's tree: pages that would stall the parser or fill the memory are refused.

:func:`cqnews.document.parse_tree` runs these checks around its one parse: before it, the attribute scan
(:func:`check_attributes`, libxml2 is quadratic in one element's distinct attributes) and the element count
(:func:`check_element_count`, a parse that builds nothing); after it, libxml2's own resource limits
(:func:`check_parser_limits`) and the tree's attributes, text runs and depth (:func:`check_size`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from lxml import etree
from lxml.html import HtmlElement, HTMLParser

from .errors import BlockTooLargeError, TreeTooLargeError
from .lexicon.alternation import ascii_caseless
from .options import ParseOptions

__all__ = ["check_attributes", "check_element_count", "check_parser_limits", "check_size", "may_exceed"]

_LIBXML2_MAX_DEPTH = 256
_IMPLIED_ELEMENTS = 8  # html, head, body and the like, made without a tag of their own


def may_exceed(limit: int, tag_marks: int) -> bool:
    # Every element the parser makes stems from a "<" (an implied <p> or <html>/<head>/<body> at
    # most doubles that), so a page with few "<" cannot be over the limit.
    return 2 * tag_marks + _IMPLIED_ELEMENTS > limit


class _ElementCounter:
    """A parser target that builds nothing and stops the parse at the element over ``limit``."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.count = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.count += 1
        if self.count > self.limit:
            raise TreeTooLargeError(
                f"the page has more than {self.limit} elements: raise ParseOptions.max_nodes if it is a genuine article"
            )

    def close(self) -> int:
        return self.count


def check_element_count(markup: str | bytes, limit: int) -> None:
    """Count the elements the parser would make, without building them, and stop at the one over ``limit``:
    a tree of millions of elements (a page of ``<br>`` alone) takes ~35 times the page's size in memory."""
    counter = HTMLParser(
        encoding="utf-8" if isinstance(markup, bytes) else None, no_network=True, remove_comments=True,
        remove_pis=True, remove_blank_text=False, default_doctype=False, huge_tree=False,
        target=_ElementCounter(limit),
    )
    try:
        etree.fromstring(markup, parser=counter)
    except etree.LxmlError:
        pass  # the real parse (parse_tree) reports what went wrong


# A start tag is read as libxml2 reads it (_FULL_TAG, below): a quoted value (only after "=") may hold
# ">". A tag's attributes are counted only when it is long enough to hold more than allowed (every
# attribute takes at least two characters): linear, no backtracking.
_QUOTED_VALUE = re.compile(r"""=\s*(?:"[^"]*"|'[^']*')""")
_ATTRIBUTE_NAME = re.compile(r"""(?:^|[\s/])([^\s"'>/=]+)""")


def check_attributes(text: str, options: ParseOptions) -> None:
    """Refuse pages whose attributes would stall the HTML parser.

    libxml2 compares each attribute with the element's earlier ones, so one element with n distinct
    attributes costs n² (200,000 take over a minute); repeated names are cheap and allowed. Script
    and style contents are raw text to the parser (``i<n.length`` is no tag) and are skipped.
    """
    limit = options.max_element_attributes
    if len(text) < 2 * limit or not _may_hold_long_tag(text, limit):
        return
    for start, end in _markup_segments(text):
        for tag in _FULL_TAG.finditer(text, start, end):
            if tag.end() - tag.start() < 2 * limit:
                continue  # too short to hold more than ``limit`` attributes (each takes two characters)
            body = _QUOTED_VALUE.sub("= ", tag.group())
            if len(set(_ATTRIBUTE_NAME.findall(body))) > limit:  # repeated names cost the parser nothing
                raise TreeTooLargeError(
                    f"an element of the page has more than {limit} attributes: raise "
                    "ParseOptions.max_element_attributes if it is a genuine article"
                )


def _may_hold_long_tag(text: str, limit: int) -> bool:
    """False when no start tag of ``text`` is long enough (2 x ``limit`` characters) to hold more than ``limit``
    attributes, found by two searches in C: the loop over every tag (Python code per tag: seconds on a page
    of millions of ``<br>``) runs only when one may be. A long tag either has no ">" in its first 2 x ``limit``
    characters or holds one in a quoted value; either search may also find what is no tag (it only costs time)."""
    return _long_tag_start(limit).search(text) is not None or _QUOTED_CLOSE.search(text) is not None


@cache
def _long_tag_start(limit: int) -> re.Pattern[str]:
    return re.compile(f"<[A-Za-z][^>]{{{max(2 * limit - 2, 0)}}}")


_QUOTED_CLOSE = re.compile(r"""=\s*+(?:"[^">]*+>|'[^'>]*+>)""")  # a quoted value holding ">"
# Tag names in ASCII case, as libxml2 reads them (re.IGNORECASE also took "<ſcript>", whose lowered name is no key).
_RAW_TEXT_OPEN = re.compile(rf"<({ascii_caseless('script')}|{ascii_caseless('style')})\b[^>]*>")
_RAW_TEXT_CLOSE = {name: re.compile(f"</{ascii_caseless(name)}") for name in ("script", "style")}


def _markup_segments(text: str) -> Iterator[tuple[int, int]]:
    """The stretches of ``text`` outside script and style contents, in order (one linear scan)."""
    pos = 0
    while (opened := _RAW_TEXT_OPEN.search(text, pos)) is not None:
        yield pos, opened.end()
        closed = _RAW_TEXT_CLOSE[opened.group(1).lower()].search(text, opened.end())
        if closed is None:
            return
        pos = closed.start()
    yield pos, len(text)


# A tag's body is runs of characters other than ">" and "=", quoted values after "=", and a bare "=".
# A run is one step of the engine's loop, not one per character (several times faster on a page's
# markup); every quantifier is possessive, so nothing is ever read twice. Written as a first run, then
# "=" (with its quoted value, if any) and the run after it, the engine tries no alternation at each run
# (the same matches as runs and "=" forms tried in turn, about 15% faster).
_FULL_TAG = re.compile(r"""<[A-Za-z][^>=]*+(?:=\s*+(?:"[^"]*+"|'[^']*+'|)[^>=]*+)*+""")


def check_parser_limits(parser: HTMLParser) -> None:
    """Turn libxml2's resource-limit errors (it stops parsing there) into ParseErrors."""
    for error in parser.error_log:
        if error.type != etree.ErrorTypes.ERR_RESOURCE_LIMIT:  # type: ignore[attr-defined]
            continue
        message = error.message or ""
        if "depth" in message.lower():
            raise TreeTooLargeError(
                f"the page nests elements more than {_LIBXML2_MAX_DEPTH} levels deep, libxml2's limit: "
                "it is not a genuine article (or its markup is broken beyond repair)"
            )
        raise BlockTooLargeError(
            f"a text run or attribute of the page is over libxml2's size limit of 10 MB ({message.strip()}): "
            "the page cannot be parsed in full"
        )


# Every attribute of the document: only elements have attributes, so ``//*/@*`` counts what ``//@*`` counts, and
# libxml2 walks the elements alone (``//@*`` takes every node, text runs too: 0.62 -> 0.07 ms on a page of 400,000
# characters or more, the only pages counted).
_COUNT_ATTRIBUTES = etree.XPath("count(//*/@*)")


def check_size(root: HtmlElement, options: ParseOptions, size: int) -> None:
    # (The element count is checked before the parse: _check_element_count.)
    # Every attribute takes at least two characters: only a page this long can be over the limit.
    if size >= 2 * options.max_attributes and _COUNT_ATTRIBUTES(root) > options.max_attributes:
        raise TreeTooLargeError(
            f"the page has more than {options.max_attributes} attributes: raise ParseOptions.max_attributes "
            "if it is a genuine article"
        )
    _check_text_runs(root, options.max_block_chars, size)
    max_depth = options.max_depth
    # Deeper than libxml2's cap never gets here (check_parser_limits); below it, look for an element
    # at depth max_depth + 1.
    if max_depth < _LIBXML2_MAX_DEPTH and root.xpath("boolean(/" + "/*" * (max(max_depth, 0) + 1) + ")"):
        raise TreeTooLargeError(
            f"the page nests elements more than {max_depth} levels deep: raise ParseOptions.max_depth "
            f"(libxml2 stops at {_LIBXML2_MAX_DEPTH} whatever the setting) if it is a genuine article"
        )


def _check_text_runs(root: HtmlElement, limit: int, size: int) -> None:
    """One run of body text over ``limit`` characters is a block over it: refuse it before extraction,
    whose text filters (trafilatura's among them) take seconds on one multi-megabyte run."""
    if size <= limit:
        return
    body = root.find("body")
    # A walk in Python, not an XPath: libxml2 merges the node sets of //body//text() in quadratic
    # time (10 s on a 4 MB page of 100,000 short runs); this takes milliseconds.
    for element in (body if body is not None else root).iter():
        text = element.text if isinstance(element.tag, str) and element.tag not in _NOT_BLOCK_TEXT else None
        for run in (text, element.tail):
            if run is not None and len(run) > limit:
                raise BlockTooLargeError(
                    f"a body block has {len(run)} characters, over the limit of {limit}: "
                    "raise ParseOptions.max_block_chars if it is a genuine article"
                )


_NOT_BLOCK_TEXT = frozenset(("script", "style", "template", "textarea"))
