"""The declarative core of site plugins: :class:`Layout` (how one page design is read) and :class:`Site`.

A layout is mostly data: XPath strings as class constants, one per field (``HEADLINE``, ``BODY``,
``DROP`` …). Each field also has a method of the same name in lower case (``headline()``,
``body()`` …) that reads the constant; override the method only where a selector is not enough.
A :class:`Site` names its domains and carries one or more layouts, newest first, each valid until
a date and confirmed on the page by a cheap ``FINGERPRINT`` XPath. Modelled on Fundus's parsers.

XPath rather than CSS: lxml's ``cssselect`` needs an extra package. :func:`has_class` writes the
usual class test so declarations stay short.

Both classes check their declarations when a subclass is defined (every XPath and regex compiles,
layout names are unique, ``VALID_UNTIL`` dates are distinct and newest first, the time zone is
known): a broken plugin fails at import with :class:`PluginDefinitionError`, not on some page later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
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
from ..extract.plaintext import extract_text
from ..extract.positions import assign_positions
from ..models import Block, ExtractionMethod
from ..text import normalize_space
from ..urls import join_url
from .declarations import (
    LAYOUT_XPATHS,
    PluginDefinitionError,
    check_locale,
    check_name,
    check_regexes,
    check_xpath,
    has_class,
    owner,
    xpath,
)

__all__ = [
    "DECLARED_TITLE",
    "GenericLayout",
    "Layout",
    "Page",
    "Platform",
    "PluginDefinitionError",
    "Site",
    "has_class",
    "xpath",
]

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


def _check_layouts(cls: type[Site]) -> None:
    """Layouts are Layout subclasses with unique names; dated ones distinct and newest first."""
    names: set[str] = set()
    until: list[date] = []
    for layout in cls.LAYOUTS:
        if not (isinstance(layout, type) and issubclass(layout, Layout)):
            raise PluginDefinitionError(f"{owner(cls)}.LAYOUTS holds {layout!r}, not a Layout subclass")
        if layout.NAME in names:
            raise PluginDefinitionError(f"{owner(cls)}.LAYOUTS: two layouts are called {layout.NAME!r}")
        names.add(layout.NAME)
        if layout.VALID_UNTIL is None:
            continue
        if until and layout.VALID_UNTIL >= until[-1]:
            raise PluginDefinitionError(
                f"{owner(cls)}.LAYOUTS: layout {layout.NAME!r} is valid until {layout.VALID_UNTIL}, not before the "
                f"layout listed ahead of it ({until[-1]}); list layouts newest first, each with its own end date"
            )
        until.append(layout.VALID_UNTIL)


class Site:
    """A news site: its name, domains and layouts (newest first).

    Subclass it in one module per site; declare ``NAME``, ``DOMAINS`` and ``LAYOUTS``. Domains
    match by suffix, so ``"news.cn"`` serves ``english.news.cn``. ``ARTICLE_URL`` (a regex searched
    in the URL) restricts the plugin to article pages; other pages of the domain take the
    generic path. ``LANGUAGE`` and ``TIMEZONE`` say what the site writes in and which zone its
    times without an offset are in.
    """

    NAME: ClassVar[str]
    DOMAINS: ClassVar[tuple[str, ...]] = ()
    ARTICLE_URL: ClassVar[str | None] = None
    LAYOUTS: ClassVar[tuple[type[Layout], ...]] = ()
    LANGUAGE: ClassVar[str | None] = None
    """The language the site writes in (ISO 639-1, ``"zh"``): the page's declaration when it makes none."""
    TIMEZONE: ClassVar[str | None] = None
    """IANA name of the zone the site's times are in (``"Asia/Shanghai"``): times a page writes without
    an offset get it. None leaves them naive (a zone with daylight saving needs the tz database:
    declare one only when the site's times all carry their offset or the machine has tzdata)."""
    METHOD: ClassVar[ExtractionMethod] = ExtractionMethod.SITE

    def __init_subclass__(cls, **kwargs: object) -> None:
        """Check the declarations of a new site (see :class:`PluginDefinitionError`)."""
        super().__init_subclass__(**kwargs)
        if "CHINESE" in cls.__dict__:
            raise PluginDefinitionError(
                f"{owner(cls)}.CHINESE is gone: declare LANGUAGE = \"zh\" and TIMEZONE = \"Asia/Shanghai\" instead"
            )
        name = getattr(cls, "NAME", None)
        if name is not None or cls.LAYOUTS:  # NAME-less classes are bases (Platform)
            check_name(cls, name)
        if isinstance(cls.DOMAINS, str) or not all(isinstance(d, str) and d.strip() for d in cls.DOMAINS):
            raise PluginDefinitionError(f"{owner(cls)}.DOMAINS must be a tuple of domains, not {cls.DOMAINS!r}")
        check_regexes(cls, "ARTICLE_URL", cls.ARTICLE_URL)
        _check_layouts(cls)
        check_locale(cls)

    @classmethod
    def serves(cls, url: str | None) -> bool:
        """True when ``url`` looks like an article URL of this site (always, without ``ARTICLE_URL``)."""
        return cls.ARTICLE_URL is None or (url is not None and re.search(cls.ARTICLE_URL, url) is not None)

    @classmethod
    def candidates(cls, crawl_date: date | datetime | None) -> list[type[Layout]]:
        """Layouts to try, in order: the one valid at ``crawl_date`` (or the newest), then the others."""
        layouts = list(cls.LAYOUTS)
        if crawl_date is None or not layouts:
            return layouts
        day = crawl_date.date() if isinstance(crawl_date, datetime) else crawl_date
        valid = [layout for layout in layouts if layout.VALID_UNTIL is None or day < layout.VALID_UNTIL]
        # The valid layout with the earliest end date is the one the page was published under.
        best = min(valid, key=lambda layout: layout.VALID_UNTIL or date.max, default=layouts[0])
        return [best, *(layout for layout in layouts if layout is not best)]

    def extract(self, page: Page, crawl_date: date | datetime | None = None) -> tuple[Draft | None, list[str]]:
        """The draft of the first layout that matches the page and yields a body; else None and the reasons.

        Trying the next layout is routine without a crawl date; with one, a miss of the layout valid
        at that date is worth a warning (the site may have changed its design).
        """
        candidates = self.candidates(crawl_date)
        reasons: list[str] = []
        for index, layout in enumerate(candidates):
            matched, body_found = _match(layout, page.root)
            if not matched:
                reasons.append(f"{self.NAME}: layout {layout.NAME} does not match the page")
                continue
            instance = layout(page)
            instance._body_found = body_found
            draft = instance.extract()
            if not draft.blocks:
                reasons.append(f"{self.NAME}: layout {layout.NAME} found no body text")
                continue
            if _only_captions(draft):
                reasons.append(f"{self.NAME}: layout {layout.NAME} found only the captions of its pictures")
                continue
            draft.method, draft.plugin = self.METHOD, self.NAME
            if index and crawl_date is not None:
                draft.warnings.insert(0, f"{reasons[0]} (the layout valid at the crawl date); used {layout.NAME}")
            return draft, []
        return None, reasons

    def parse_text(self, text: str, deadline: Deadline = NO_DEADLINE) -> Draft:
        """A plain-text dump of one of the site's pages (override to use the site's conventions);
        long dumps are read until ``deadline`` ends."""
        draft = extract_text(text, deadline)
        draft.method, draft.plugin, draft.layout = self.METHOD, self.NAME, "text"
        draft.timezone = self.TIMEZONE or draft.timezone
        return draft


def _only_captions(draft: Draft) -> bool:
    """Every block of the layout's body repeats (a part of) a caption or a credit of its pictures: the region the
    layout reads wraps only a picture and its caption (``<div class="TRS_Editor"><p><img></p><p>Caption</p></div>``,
    the story's paragraphs outside it), so it holds no body text."""
    texts = [_folded(f"{image.caption or ''} {image.credit or ''}") for image in draft.images]
    if not any(texts):
        return False
    return all(any(_folded(block.text) in text for text in texts) for block in draft.blocks)


def _folded(text: str) -> str:
    """``text`` with its spaces normalised and its case folded, to compare a block with a caption."""
    return normalize_space(text).casefold()


_BODY_READING = ("__init__", "matches", "fingerprint", "body", "extract", "container", "elements")


def _match(layout: type[Layout], root: HtmlElement) -> tuple[bool, object]:
    """Does ``layout`` match the page, and what did its ``BODY`` find there when the match read it?

    A layout without a ``FINGERPRINT`` is confirmed by its ``BODY``; the body container is then taken
    from that result rather than searched for again (a whole-page XPath each time). Only for layouts
    that read their body the standard way (their own ``body``/``extract`` hooks may change the tree first).
    """
    below = layout.__mro__[: layout.__mro__.index(Layout)]
    plain = not any(name in klass.__dict__ for klass in below for name in _BODY_READING)
    if not plain or layout.FINGERPRINT is not None or layout.BODY is None:
        return layout.matches(root), None
    found = xpath(layout.BODY)(root)
    return bool(found), found


class Platform(Site):
    """A publishing platform (WordPress …) recognised by ``DETECT`` on pages of unknown domains."""

    DETECT: ClassVar[tuple[str, ...]] = ()
    """XPaths; the platform applies when any of them matches."""
    METHOD = ExtractionMethod.PLATFORM

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if isinstance(cls.DETECT, str):
            raise PluginDefinitionError(f"{owner(cls)}.DETECT must be a tuple of XPaths, not a string")
        for expression in cls.DETECT:
            check_xpath(cls, "DETECT", expression)

    @classmethod
    def detect(cls, root: HtmlElement) -> bool:
        """True when the page carries one of the platform's fingerprints."""
        return any(xpath(expression)(root) for expression in cls.DETECT)

