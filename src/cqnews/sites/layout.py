"""A site's page design as data: :class:`Layout` (XPath selectors as class constants, one hook per field), the
:class:`Page` it reads, and :class:`GenericLayout`, the generic path in the same shape.

:mod:`cqnews.sites.base` holds the :class:`~cqnews.sites.base.Site` that carries layouts and re-exports these
names; plugins import them from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import ClassVar

from lxml import etree
from lxml.html import HtmlElement

from ..deadline import NO_DEADLINE, Deadline
from ..document import element_text
from ..draft import Draft, ImageDraft
from ..extract.blocks import BodyResult, blocks_from_container
from ..extract.generic import extract_body
from ..extract.images import best_src, find_images
from ..extract.metadata import PageMetadata
from ..extract.positions import assign_positions
from ..models import Block, ExtractionMethod
from ..text import normalize_space
from ..urls import join_url
from .declarations import (
    LAYOUT_XPATHS,
    PluginDefinitionError,
    check_name,
    check_regexes,
    check_xpath,
    owner,
    xpath,
)

DECLARED_TITLE = "//meta[@property='og:title']/@content | //h1"
"""``HEADLINE`` for sites whose intended title is the one they declare for sharing (``og:title``,
often shorter than the visible ``<h1>``), with the ``<h1>`` when a page has none."""


@dataclass(slots=True)
class Page:
    """What a layout reads: the parsed tree, the page URL and the metadata already collected."""

    root: HtmlElement
    url: str | None
    meta: PageMetadata
    deadline: Deadline = NO_DEADLINE
    """The parse's time budget: long walks (images) stop when it ends."""
    max_images: int | None = None
    """Images past this many are left out (``ParseOptions.max_images``)."""
    warnings: list[str] = field(default_factory=list)
    """What the layout's hooks cut short, for the draft's warnings."""


def _texts(results: object) -> list[str]:
    """Strings from an XPath result: element text, attribute values and text nodes alike."""
    items = results if isinstance(results, list) else [results]
    out: list[str] = []
    for item in items:
        text = element_text(item) if isinstance(item, etree._Element) else str(item)
        text = normalize_space(text)
        if text:
            out.append(text)
    return out


class Layout:
    """One page design of a site: selectors as class constants, one hook method per field.

    Every selector is an XPath string evaluated on the whole page, except ``DROP``, ``PARAGRAPHS``,
    ``CAPTION`` and ``CREDIT`` which are relative (``.//…``) to the body container or the figure.
    ``None`` means "not declared": the field then comes from the page metadata (headline, summary,
    dates, tags, authors) or from the shared heuristics (images).
    """

    NAME: ClassVar[str] = "default"
    VALID_UNTIL: ClassVar[date | None] = None
    """Pages crawled on or after this date no longer use this layout; None for the current one."""
    FINGERPRINT: ClassVar[str | None] = None
    """XPath that must match for the layout to apply (defaults to ``BODY``)."""

    HEADLINE: ClassVar[str | None] = None
    SUMMARY: ClassVar[str | None] = None
    BODY: ClassVar[str | None] = None
    """The element holding the article text; the first match is used."""
    PARAGRAPHS: ClassVar[str | None] = None
    """Block elements inside the body (default: p, h2-h6, blockquote, li)."""
    DROP: ClassVar[str | None] = None
    """Elements inside the body that are not article text (share bars, editor lines, related links)."""
    DROP_TEXT: ClassVar[tuple[str, ...]] = ()
    """Regexes (case-insensitive): body blocks they match from the start are dropped."""
    BYLINE: ClassVar[str | None] = None
    AUTHORS: ClassVar[str | None] = None
    DATE: ClassVar[str | None] = None
    IMAGES: ClassVar[str | None] = None
    """Figure-like elements, each holding one ``img``; caption and credit are read relative to it."""
    CAPTION: ClassVar[str | None] = None
    CREDIT: ClassVar[str | None] = None
    TAGS: ClassVar[str | None] = None

    def __init_subclass__(cls, **kwargs: object) -> None:
        """Check the declarations of a new layout (see :class:`PluginDefinitionError`)."""
        super().__init_subclass__(**kwargs)
        check_name(cls, cls.NAME)
        if cls.VALID_UNTIL is not None and not isinstance(cls.VALID_UNTIL, date):
            raise PluginDefinitionError(f"{owner(cls)}.VALID_UNTIL must be a datetime.date or None")
        for attribute in LAYOUT_XPATHS:
            check_xpath(cls, attribute, getattr(cls, attribute))
        check_regexes(cls, "DROP_TEXT", cls.DROP_TEXT)

    def __init__(self, page: Page) -> None:
        self.page = page
        self.root = page.root
        self._container: HtmlElement | bool | None = False  # False: not looked up yet

    _body_found: object = None
    """What ``BODY`` found on the page when matching the layout read it (see :meth:`Site.extract`)."""

    # -- matching -----------------------------------------------------------------------------

    @classmethod
    def fingerprint(cls) -> str | None:
        """The XPath that confirms this layout on a page."""
        return cls.FINGERPRINT or cls.BODY

    @classmethod
    def matches(cls, root: HtmlElement) -> bool:
        """True when the layout's fingerprint is found on the page (always, without one)."""
        expression = cls.fingerprint()
        return expression is None or bool(xpath(expression)(root))

    # -- helpers for hooks ----------------------------------------------------------------------

    def select(self, expression: str | None, node: HtmlElement | None = None) -> list[str]:
        """Normalised texts of what ``expression`` finds (on the page, or relative to ``node``)."""
        if expression is None:
            return []
        return _texts(xpath(expression)(self.root if node is None else node))

    def elements(self, expression: str | None, node: HtmlElement | None = None) -> list[HtmlElement]:
        """The elements ``expression`` finds (on the page, or relative to ``node``); text results are skipped."""
        if expression is None:
            return []
        found = xpath(expression)(self.root if node is None else node)
        return [item for item in found if isinstance(item, etree._Element)] if isinstance(found, list) else []

    def first(self, expression: str | None) -> str | None:
        """The first non-empty text ``expression`` finds."""
        found = self.select(expression)
        return found[0] if found else None

    def container(self) -> HtmlElement | None:
        """The body container (first ``BODY`` match), looked up once."""
        if self._container is False:
            found = self._body_found
            if found is None or self.root is not self.page.root:
                found = self.elements(self.BODY)
            else:  # (the fingerprint is BODY: the page was searched for it once, when matching)
                found = [item for item in found if isinstance(item, etree._Element)] if isinstance(found, list) else []
            self._container = found[0] if found else None
        return self._container  # type: ignore[return-value]

    # -- one hook per field ---------------------------------------------------------------------

    def headline(self) -> str | None:
        return self.first(self.HEADLINE)

    def summary(self) -> str | None:
        return self.first(self.SUMMARY)

    def body(self) -> BodyResult:
        """Blocks of the body container, minus ``DROP`` elements and ``DROP_TEXT`` blocks."""
        container = self.container()
        if container is None:
            return BodyResult(warnings=[f"layout {self.NAME}: body container not found"])
        drop = frozenset(self.elements(self.DROP, container))
        paragraphs = self.elements(self.PARAGRAPHS, container) if self.PARAGRAPHS else None
        result = blocks_from_container(container, drop, paragraphs)
        kept = self.clean(result.blocks)
        if len(kept) != len(result.blocks):
            ids = {id(block) for block in kept}
            pairs = zip(result.blocks, result.sources, strict=False)
            result.sources = [src for block, src in pairs if id(block) in ids]
            result.blocks = kept
        return result

    def clean(self, blocks: list[Block]) -> list[Block]:
        """Drop blocks matching ``DROP_TEXT``; override for site-specific repairs."""
        if not self.DROP_TEXT:
            return blocks
        pattern = _compiled(self.DROP_TEXT)
        return [block for block in blocks if not pattern.match(block.text)]

    def bylines(self) -> list[str]:
        return self.select(self.BYLINE)

    def authors(self) -> list[str]:
        return self.select(self.AUTHORS)

    def published(self) -> list[str]:
        return self.select(self.DATE)

    def tags(self) -> list[str]:
        return self.select(self.TAGS)

    def images(self) -> list[ImageDraft]:
        """Declared figures, or the shared image finder inside the body container."""
        if self.IMAGES is None:
            # Half of the time left: the stages after extraction need the rest.
            deadline = self.page.deadline.share(0.5)
            page = self.page
            return find_images(
                self.root, page.url, self.container(), page.meta.ld_objects, deadline, page.warnings, page.max_images
            )
        drafts: list[ImageDraft] = []
        limit = self.page.max_images
        for figure in self.elements(self.IMAGES):
            if limit is not None and len(drafts) >= limit:
                self.page.warnings.append(
                    f"the image search stopped after {limit} images: the page has more; "
                    "raise ParseOptions.max_images to read them all"
                )
                break
            draft = self.figure(figure)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def figure(self, figure: HtmlElement) -> ImageDraft | None:
        """One declared figure: its ``img`` (lazy-load attributes first), ``CAPTION`` and ``CREDIT``."""
        img = figure if figure.tag == "img" else next(figure.iter("img"), None)
        src = best_src(img) if img is not None else None
        if img is None or not src:
            return None
        caption = self.select(self.CAPTION, figure)
        credit = self.select(self.CREDIT, figure)
        return ImageDraft(
            src=join_url(self.page.url, src),
            alt=normalize_space(img.get("alt") or "") or None,
            caption=caption[0] if caption else None,
            credit=credit[0] if credit else None,
            element=img,
        )

    # -- the whole draft ------------------------------------------------------------------------

    def extract(self) -> Draft:
        """Fill a :class:`Draft` from the hooks; the caller sets method, plugin and layout."""
        body = self.body()
        images = self.images() if body.blocks else []
        assign_positions(self.root, body.blocks, images, body.sources)
        return Draft(
            method=ExtractionMethod.SITE,
            layout=self.NAME,
            headline=self.headline(),
            summary=self.summary(),
            blocks=body.blocks,
            images=images,
            bylines=self.bylines() + body.credit_lines,  # as written: parse_credit_line reads bracketed lines
            authors=self.authors(),
            published=self.published(),
            tags=self.tags(),
            warnings=body.warnings + self.page.warnings,
        )


class GenericLayout(Layout):
    """The generic path as a layout: trafilatura finds the body; images by the shared heuristics."""

    NAME = "generic"

    def body(self) -> BodyResult:
        result = extract_body(self.root, self.page.url, self.page.deadline)
        self._container = result.container
        return result

    def container(self) -> HtmlElement | None:
        return None if self._container is False else self._container  # type: ignore[return-value]


# Bracket pairs that wrap a whole credit line: "(责编：胡永秋、杨光宇)", "【责任编辑：严玉洁】", "[ 责编：张倩 ]".
_WRAPPING_BRACKETS = {"(": ")", "（": "）", "[": "]", "【": "】", "〔": "〕"}


def unwrap_brackets(line: str) -> str:
    """A credit line without the one bracket pair around all of it (the brackets are decoration).

    Only a pair that encloses the whole line goes: "(责编：张三)" becomes "责编：张三", while
    "记者 张三 (实习)" keeps its brackets.
    """
    text = line.strip()
    if len(text) > 2 and _WRAPPING_BRACKETS.get(text[0]) == text[-1]:
        inner = text[1:-1]
        if text[0] not in inner and text[-1] not in inner:
            return inner.strip()
    return text


@lru_cache(maxsize=256)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
