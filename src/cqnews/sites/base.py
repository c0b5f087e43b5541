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

:class:`Layout`, :class:`Page` and :class:`GenericLayout` live in :mod:`cqnews.sites.layout` and are
re-exported here, where plugins import them from.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import ClassVar

from lxml.html import HtmlElement

from ..deadline import NO_DEADLINE, Deadline
from ..draft import Draft
from ..extract.plaintext import extract_text
from ..models import ExtractionMethod
from ..text import normalize_space
from .declarations import (
    PluginDefinitionError,
    check_locale,
    check_name,
    check_regexes,
    check_xpath,
    has_class,
    owner,
    xpath,
)
from .layout import DECLARED_TITLE, GenericLayout, Layout, Page

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

