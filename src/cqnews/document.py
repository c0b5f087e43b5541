"""Text to document tree: one safe lxml parse per page, reused by every later stage.

The parser never touches the network or the file system: no DTD loading, no external entities,
no XInclude (lxml's HTML parser does none of these, and ``no_network`` is set on top).
"""

from __future__ import annotations

import re
import threading

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    document_fromstring,
)

from . import char_refs
from .errors import EmptyInputError, NotHTMLError, TreeTooLargeError
from .feed_input import feed_warning
from .options import ParseOptions
from .tree_limits import check_attributes, check_element_count, check_parser_limits, check_size, may_exceed
from .xhtml_prefix import without_xhtml_prefixes

__all__ = ["HEADING_TAGS", "element_text", "has_class", "looks_like_html", "parse_tree", "without_control_chars"]

HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")  # (the HTML heading elements, one table for every stage)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
# A doctype's internal subset (``<!DOCTYPE html [<!ENTITY nbsp "&#160;">]>``: XHTML written so that an XML parser
# knows ``&nbsp;``): the HTML parser ends the doctype at the subset's first ">", so "]>" became the body's first
# text and took the <title> into the body with it. The subset is dropped (its entities are expanded by neither).
_DOCTYPE_SUBSET = re.compile(r"\s*(<!doctype[^>\[]{0,1000})\[[^\]]{0,65536}\]\s*>", re.IGNORECASE)


def _without_doctype_subset(text: str) -> str:
    """``text`` with its doctype's internal subset dropped (``<!DOCTYPE html [ … ]>`` -> ``<!DOCTYPE html >``)."""
    subset = _DOCTYPE_SUBSET.match(text)
    return text if subset is None else f"{subset.group(1)}>{text[subset.end() :]}"


_TAG = re.compile(
    r"<(?:!doctype|html|head|body|meta|title|div|p|article|section|span|a|br|table|script)\b", re.IGNORECASE
)
_SNIFF_CHARS = 8192
# HTML5 void elements libxml2 (an HTML 4 parser) takes for containers: each ``<wbr>`` opened a level that only the
# paragraph's end closed, so 256 of them in one paragraph (word-break hints in a long word or address) made the
# whole page a TreeTooLargeError. Written without attributes, they are closed where they stand (``<wbr/>``).
_OPEN_VOID_TAG = re.compile(r"<(wbr|keygen)\s*>", re.IGNORECASE)

# lxml parsers are not thread-safe; keep one per thread.
_local = threading.local()


def _parser(utf8: bool = False) -> HTMLParser:
    """This thread's parser for str input, or for UTF-8 bytes (``utf8``)."""
    name = "utf8_parser" if utf8 else "parser"
    parser: HTMLParser | None = getattr(_local, name, None)
    if parser is None:
        parser = HTMLParser(
            encoding="utf-8" if utf8 else None,
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            remove_blank_text=False,
            default_doctype=False,
            huge_tree=False,  # keeps libxml2's depth cap: deep nesting cannot exhaust the stack
            # No table of id attributes: only XPath's id() reads it, which nothing here calls; libxml2 filled it for
            # every id of the page (about 3 % of the parse) and for every copy of the tree trafilatura makes.
            collect_ids=False,
        )
        # lxml.html's default lookup runs Python code per element to pick form/input classes that
        # nothing here uses; the plain HTML classes are ~5 % faster over a whole parse.
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
            )
        )
        setattr(_local, name, parser)
    return parser


def looks_like_html(text: str) -> bool:
    """True when the text is markup rather than a plain-text dump of a page."""
    head = text[:_SNIFF_CHARS].lstrip()
    if head.startswith("<"):
        return True
    return len(_TAG.findall(head)) >= 3


def _document(markup: str | bytes, parser: HTMLParser) -> HtmlElement:
    """lxml's tree of ``markup``; a parse that fails raises :class:`EmptyInputError` when nothing was left to parse,
    else :class:`NotHTMLError`."""
    try:
        return document_fromstring(markup, parser=parser)
    except etree.ParserError as exc:
        if "empty" in str(exc).lower():
            raise EmptyInputError(
                "the page has no content left after parsing (only comments, a doctype or processing instructions)"
            ) from exc
        raise NotHTMLError(
            f"the input could not be parsed as HTML ({exc}): pass an HTML page or use parse_text()"
        ) from exc
    except (ValueError, TypeError) as exc:
        raise NotHTMLError(
            f"the input could not be parsed as HTML ({exc}): pass an HTML page or use parse_text()"
        ) from exc


def parse_tree(
    text: str, options: ParseOptions, *, no_controls: bool = False, utf8: bytes | None = None,
    warnings: list[str] | None = None,
) -> HtmlElement:
    """Parse markup into an lxml HTML tree, within the limits of ``options``.

    Raises :class:`EmptyInputError` when nothing is left after parsing, :class:`TreeTooLargeError`
    when the tree has more than ``options.max_nodes`` elements or nests deeper than
    ``options.max_depth`` (or libxml2's own cap of 256 levels), and :class:`BlockTooLargeError` when
    one text run or attribute is over libxml2's 10 MB limit (the parser would drop the rest of the page).
    ``no_controls``: the caller has checked that ``text`` holds none of the control characters removed
    below (on the bytes it decoded, see :func:`cqnews.decoding.utf8_free_of_controls`). ``utf8``: the bytes
    ``text`` is the strict UTF-8 decoding of; the parser reads them when the checks leave the text as it is
    (the same tree, without libxml2 converting a wide str to UTF-8 first: about a sixth of its time).
    ``warnings``: a list that is told how many control characters were removed.
    """
    given = text
    if warnings is not None and (feed := feed_warning(text)) is not None:
        warnings.append(feed)
    text = without_xhtml_prefixes(_without_doctype_subset(_XML_DECLARATION.sub("", text, count=1)))
    # A reference to a control character makes libxml2 drop the text around it (whole bodies):
    # references are resolved by the parser, so they are checked here, before it runs (the search
    # for the first one is the only pass over a page without any).
    if utf8 is None or text is not given or char_refs.SUSPECT_CHAR_REF_UTF8.search(utf8) is not None:
        text = char_refs.resolved(text, warnings)
    check_attributes(text, options)
    if _OPEN_VOID_TAG.search(text) is not None:
        text = _OPEN_VOID_TAG.sub(r"<\1/>", text)
    if any(char in text for char in (_NONCHARACTERS if no_controls else _UNSAFE_CHAR_LIST)):
        text = _without_unsafe_chars(text, warnings)
    if not text.strip():
        raise EmptyInputError("the page is empty: check that the download returned a body")
    markup = utf8 if utf8 is not None and text is given else text
    tag_marks = text.count("<")
    if may_exceed(options.max_nodes, tag_marks):
        check_element_count(markup, options.max_nodes)
    root = _within_depth(markup, text, warnings)
    check_size(root, options, len(text))
    found = _cleaned_tags(root)
    _drop_templates(root, found["template"], warnings)
    _drop_option_lists(found["select"])
    _drop_hidden(root, found["dialog"])
    _stray_sources_closed(found["source"])
    return root


# The elements the cleaning below removes or rewrites, by the step that reads them ("select" for <select> and
# <datalist>, "source" for <source> and <track>).
_CLEANED_BUCKETS = {
    "template": "template",
    "select": "select",
    "datalist": "select",
    "dialog": "dialog",
    "source": "source",
    "track": "source",
}


def _cleaned_tags(root: HtmlElement) -> dict[str, list[HtmlElement]]:
    """The ``<template>``, ``<select>``/``<datalist>``, ``<dialog>`` and ``<source>``/``<track>`` elements of the
    tree, by step, in document order: one walk of the tree instead of one per step (each walk is over every
    element). The steps run in the same order as before; an element an earlier step removed with its ancestor is
    still listed, and what a later step does to it happens in the removed subtree, which nothing reads (no step
    adds an element of these tags to the tree)."""
    found: dict[str, list[HtmlElement]] = {"template": [], "select": [], "dialog": [], "source": []}
    for element in root.iter(*_CLEANED_BUCKETS):
        found[_CLEANED_BUCKETS[element.tag]].append(element)
    return found


# An opening <source>/<track> tag, to be written closed ("<source …/>"): from the required "<source" to its ">", no
# "<" between (so a run of "<source" without a ">" is read in one pass).
_MEDIA_SOURCE_TAG = re.compile(r"(<(?:source|track)\b[^<>]*?)/?>", re.IGNORECASE)


def _within_depth(markup: str | bytes, text: str, warnings: list[str] | None) -> HtmlElement:
    """The tree of ``markup`` (``text``, or its UTF-8 bytes), within libxml2's 256 levels.

    libxml2 nests each HTML5 void ``<source>`` inside the one before it: a ``<picture>`` of 400 sources went past
    the cap and the page was a TreeTooLargeError. A page that does is parsed once more with its sources and tracks
    written closed (``<source …/>``), with a warning; a page nesting too deep without them is still the error. (A
    picture's chain is otherwise left as libxml2 builds it: see :func:`_stray_sources_closed`.)"""
    parser = _parser(utf8=isinstance(markup, bytes))
    root = _document(markup, parser)
    try:
        check_parser_limits(parser)
    except TreeTooLargeError:
        if _MEDIA_SOURCE_TAG.search(text) is None:
            raise
        parser = _parser(utf8=False)
        root = _document(_MEDIA_SOURCE_TAG.sub(r"\1/>", text), parser)
        check_parser_limits(parser)
        if warnings is not None:
            warnings.append(
                "the page's <source>/<track> elements nested past libxml2's 256 levels: read as closed elements"
            )
    return root


# What a <picture>'s chain of <source> elements holds as libxml2 nests them (an HTML 4 parser, it takes the HTML5
# void <source> and <track> for containers): the next source and the picture's <img>.
_SOURCE_CHAIN = frozenset(("source", "track", "img"))


def _stray_sources_closed(sources: list[HtmlElement]) -> None:
    """Close each ``<source>``/``<track>`` that holds text or other elements where it stands, its content after it.

    libxml2 nests whatever follows such an element inside it up to its parent's end: after a stray ``<source>`` in a
    paragraph ("Boats <source src=x.mp4> are moored …") the rest of the paragraph was inside a media element, which
    extractors drop, and was lost without a word. A picture's markup (its chain of sources and ``<img>``) is left as it
    is.
    Deepest first, so a chain is closed from its end (its depth is capped by libxml2's 256 levels). ``sources``:
    the tree's ``<source>`` and ``<track>`` elements in document order."""
    for element in reversed(sources):
        parent = element.getparent()
        text = element.text if element.text and element.text.strip() else None
        if parent is None or _in_picture(parent) or (text is None and all(c.tag in _SOURCE_CHAIN for c in element)):
            continue
        children = list(element)
        tail, element.text, element.tail = element.tail, None, element.text
        index = parent.index(element)
        for offset, child in enumerate(children, 1):
            parent.insert(index + offset, child)
        last = children[-1] if children else element
        last.tail = (last.tail or "") + (tail or "") or None


def _in_picture(parent: HtmlElement | None) -> bool:
    """``parent`` (of a ``<source>``) is a ``<picture>`` or a source in one: the picture's markup is left as it is
    (a script beside its ``<img>`` stays in the chain, whose sources give the image's candidates)."""
    while parent is not None and parent.tag in ("source", "track"):
        parent = parent.getparent()
    return parent is not None and parent.tag == "picture"


def _drop_templates(root: HtmlElement, templates: list[HtmlElement], warnings: list[str] | None = None) -> None:
    """Remove every ``<template>`` but a shadow root's (its tail text stays): its content is no page text.

    A ``<template>``'s content is never shown (scripts copy it out); a declarative shadow root's is. A template
    inside another goes with the outer one. (lxml's tag-filtered ``iter`` finds them in C: a whole-page XPath cost
    0.16 ms a page, about 1 % of a parse.) A template of paragraphs that held most of the page's text (an app that
    writes its article in from one) is named in ``warnings``: the body came out empty or short without a word."""
    held = 0  # the text of the longest template of paragraphs removed
    for template in templates:
        shadow_root = template.get("shadowrootmode") is not None or template.get("shadowroot") is not None
        if not shadow_root and next(template.iterancestors("template"), None) is None:
            if warnings is not None and next(template.iter("p"), None) is not None:
                held = max(held, len(template.text_content()))
            template.drop_tree()
    if warnings is not None and held and _holds_most(held, held + len(root.text_content())):
        warnings.append(
            f"the page's text may be inside a <template> ({held} characters), which browsers do not show and cqnews "
            "does not read: if a script shows it, parse the template's markup itself"
        )


def _drop_option_lists(elements: list[HtmlElement]) -> None:
    """Remove every ``<select>`` and ``<datalist>`` (their tail text stays): the options of a form control (an edition
    or language picker, a search form's suggestions) are no sentences of the page, yet each became a body block, a
    quote and all, on the generic path. (An option's label shows only inside the control, one at a time.)
    ``elements``: the tree's ``<select>`` and ``<datalist>`` elements in document order."""
    for element in elements:
        if element.getparent() is not None and next(element.iterancestors("select", "datalist"), None) is None:
            element.drop_tree()


_HIDING_STYLE_RE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)", re.I
)


# Every style attribute below the root, in document order, as a string that knows its element: libxml2 walks the
# attribute axis without evaluating a predicate per element (a predicate over @style, or over translate(@style), cost
# two to three times the walk and the Python test below together: 0.19 -> 0.06 ms on the median AEB page).
_STYLES = etree.XPath(".//*/@style")


def _hiding_style_candidates(root: HtmlElement) -> list[HtmlElement]:
    """The elements below ``root`` whose style holds "none" or "hidden" in any case, in document order; the pattern
    then reads their style. (``str.lower`` turns no other letter into one of "none" or "hidden": of the characters
    it lowers into ASCII, the Kelvin sign gives "k" and "İ" gives "i" with a combining dot after it, which no word
    of these holds.)"""
    found: list[HtmlElement] = []
    for style in _STYLES(root):
        lowered = style.lower()
        if "none" in lowered or "hidden" in lowered:
            found.append(style.getparent())
    return found


def _drop_hidden(root: HtmlElement, dialogs: list[HtmlElement]) -> None:
    """Remove a closed ``<dialog>`` and an element whose own style hides it (``display: none``, ``visibility:
    hidden``) and holds a paragraph, heading, list, table or picture, their tail text kept: a browser shows
    neither, and a planted paragraph inside became body text and its quote the article's. The ``hidden``
    attribute and ``aria-hidden="true"`` are kept: on the corpus they hold the rest of articles behind "read more"
    and galleries' figures (docs/reliability.md, twelfth round); so is a hidden element holding most of the page's
    text (the article a script reveals)."""
    hidden = [found for found in _hiding_style_candidates(root) if _HIDING_STYLE_RE.search(found.get("style", ""))]
    candidates = [element for element in hidden if _holds_blocks(element)]
    # The page's text is read once, at the first candidate that holds text (one without text never holds most of
    # it): the elements dropped before then held no text, so the length is the page's before any drop.
    page_text = -1
    dropped: set[HtmlElement] = set()
    for element in candidates:
        # Document order puts an element after its ancestors: one inside a dropped element is gone with it (not
        # measured again: nested hidden elements would read their text once per level).
        if element.getparent() is None or any(up in dropped for up in element.iterancestors()):
            continue
        text = len(element.text_content())
        if text and page_text < 0:
            page_text = len(root.text_content())
        if not _holds_most(text, page_text):
            element.drop_tree()
            dropped.add(element)
    for dialog in dialogs:
        if dialog.get("open") is None and dialog.getparent() is not None:
            dialog.drop_tree()


# What a hidden element must hold (or be) to go: a paragraph, a heading, a list, a table or a picture. A hidden line
# of spans and links stays: pages keep their byline and date there for machines ("作者：…", a hidden author div).
_BLOCK_TAGS = frozenset(
    ("p", "blockquote", "figure", "figcaption", "img", "picture", *HEADING_TAGS, "ul", "ol", "dl", "table", "article",
     "section")
)


def _holds_most(text: int, page_text: int) -> bool:
    """Whether a hidden element of ``text`` characters holds most of the page's text: the article itself, which a
    script shows once the page has loaded (WeChat's ``#js_content`` is ``visibility: hidden`` in the HTML)."""
    return text > 0 and 2 * text > page_text


def _holds_blocks(element: HtmlElement) -> bool:
    return element.tag in _BLOCK_TAGS or next(element.iter(*_BLOCK_TAGS), None) is not None


_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# One substring test per character is several times faster than a character-class search over a
# whole page. Lone surrogates are left to the regex: decoding never makes them, and parse()
# replaces them in str input before the text gets here.
_NONCHARACTERS = ("\ufffe", "\uffff")
_UNSAFE_CHAR_LIST = (*map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))), *_NONCHARACTERS)


def without_control_chars(text: str, warnings: list[str]) -> str:
    """``text`` without the control characters :func:`parse_tree` removes from markup (for a plain-text
    dump, which never reaches it), counted in ``warnings``."""
    if any(char in text for char in _UNSAFE_CHAR_LIST):
        return _without_unsafe_chars(text, warnings)
    return text


def _without_unsafe_chars(text: str, warnings: list[str] | None) -> str:
    """XML-incompatible characters (C0 controls, U+FFFE/U+FFFF, lone surrogates) make later stages drop whole
    blocks or fail to serialise: removed (vertical tab and form feed made spaces) once, here, with a warning."""
    spaced = text.count("\x0b") + text.count("\x0c")
    text, replaced = _UNSAFE_CHARS.subn(_replace_unsafe, text)
    if warnings is not None and replaced > spaced:
        warnings.append(f"{replaced - spaced} control character(s) removed")
    return text


def _replace_unsafe(match: re.Match[str]) -> str:
    char = match.group()
    if char in "\x0b\x0c":
        return " "
    return "\ufffd" if "\ud800" <= char <= "\udfff" else ""


_BREAKS = frozenset(
    {"br", "lb", "hr", "p", "div", "li", "td", "th", "tr", *HEADING_TAGS, "row", "cell", "item"}
)


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


def has_class(name: str) -> str:
    """XPath predicate body: the element's class attribute contains the word ``name``."""
    # The substring test first: libxml2 stops at it for nearly every element, and building the
    # padded, normalised class string for each element of the page is what makes the word test slow.
    return f"(contains(@class, '{name}') and contains(concat(' ', normalize-space(@class), ' '), ' {name} '))"
