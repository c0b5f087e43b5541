"""Which plugin reads a page: built-in sites, third-party entry points, platforms, then the generic path.

Resolution order for an HTML page:

1. ``site="name"`` given: that plugin (unknown names raise :class:`~cqnews.UnknownSiteError`);
2. the URL's host (or the page's canonical / og:url): the plugin with the longest matching domain
   suffix whose ``ARTICLE_URL`` accepts the URL;
3. a platform fingerprint (WordPress …) when no site matched;
4. the generic path.

A layout that does not match the page, or yields no body, falls back to the generic path with a
warning, so a known site whose design changed still gives an article.

:func:`extract_page` is the one resolver: it returns the draft with what every path shares already
merged in (the visible bylines on paths without a declared one, the page metadata, the default
time zone) and the plugin that read the page.

**Third-party plugins** declare entry points in the group ``cqnews.sites``; the entry point
*name is a domain* the plugin serves, its value the :class:`~cqnews.sites.Site` subclass::

    [project.entry-points."cqnews.sites"]
    "example-daily.cn" = "cqnews_example:ExampleDaily"
    "m.example-daily.cn" = "cqnews_example:ExampleDaily"

Domains are thus known from the installed metadata alone: a plugin is imported only when a page
of one of its domains is parsed (or by ``site=``/:func:`available`, which import them all). On a
domain served by a built-in too, the third-party plugin wins: that is how a built-in is overridden.
A plugin that fails to import is skipped, and every article of its domains says so in
``extraction.warnings``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from importlib import import_module, metadata
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ..deadline import NO_DEADLINE, Deadline
from ..draft import Draft
from ..errors import UnknownSiteError
from ..extract.bylines import find_bylines
from ..extract.metadata import PageMetadata, glued_heading_rest, heading_at_top
from ..extract.plaintext import extract_text
from ..models import ExtractionMethod
from ..options import DEFAULT_OPTIONS, ParseOptions
from ..timezones import DOMAIN_ZONES, LANGUAGE_ZONES
from .base import GenericLayout, Page, Platform, Site

__all__ = [
    "ENTRY_POINT_GROUP",
    "SiteInfo",
    "available",
    "extract_page",
    "extract_text_dump",
    "for_url",
    "get",
    "refresh",
    "register",
]

ENTRY_POINT_GROUP = "cqnews.sites"

# Built-in plugins as "module:Class", in the same form as entry point values.
BUILTIN_SITES: tuple[str, ...] = (
    "cqnews.sites.ichongqing:IChongqing",
    "cqnews.sites.people:PeoplesDaily",
    "cqnews.sites.xinhua:Xinhua",
    "cqnews.sites.chinadaily:ChinaDaily",
    "cqnews.sites.cgtn:CGTN",
    "cqnews.sites.scmp:SCMP",
    "cqnews.sites.chinanews:ChinaNews",
    "cqnews.sites.gmw:Guangming",
    "cqnews.sites.youth:ChinaYouth",
    "cqnews.sites.sina:Sina",
    "cqnews.sites.qq:Tencent",
    "cqnews.sites.netease:NetEase",
    "cqnews.sites.sohu:Sohu",
    "cqnews.sites.ifeng:Ifeng",
    "cqnews.sites.banyuetan:Banyuetan",
    "cqnews.sites.hankookilbo:HankookIlbo",
    "cqnews.sites.euronews:Euronews",
    "cqnews.sites.dailymail:DailyMail",
    "cqnews.sites.reach:Mirror",
    "cqnews.sites.reach:DailyStar",
    "cqnews.sites.express:Express",
    "cqnews.sites.wechat:WeChat",
)
BUILTIN_PLATFORMS: tuple[str, ...] = (
    "cqnews.sites.platforms:WordPress",
    "cqnews.sites.platforms:TRSEditor",
    "cqnews.sites.platforms:WeChatPage",
)

_log = logging.getLogger(__name__)
_registered: dict[str, type[Site]] = {}
_load_errors: dict[metadata.EntryPoint, str] = {}


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """One row of :func:`available` (what ``cqnews sites`` prints)."""

    name: str
    kind: str
    """"site" or "platform"."""
    domains: tuple[str, ...]
    layouts: tuple[str, ...]
    source: str
    """The distribution that provides it: "cqnews" for built-ins."""
    error: str | None = None
    """Why a third-party plugin could not be loaded."""

    def __iter__(self) -> Iterator[str]:
        """The printable cells of the row: name, kind, domains, layouts, source (with any error)."""
        yield self.name
        yield self.kind
        yield ", ".join(self.domains)
        yield ", ".join(self.layouts) or "-"
        yield self.source + (f" ({self.error})" if self.error else "")


# -- loading ------------------------------------------------------------------------------------


def _load(reference: str) -> type[Site]:
    module, _, attribute = reference.partition(":")
    value = getattr(import_module(module), attribute)
    if not (isinstance(value, type) and issubclass(value, Site)):
        raise TypeError(f"{reference} is not a cqnews.sites.Site subclass")
    return value


@lru_cache(maxsize=1)
def _builtins() -> tuple[type[Site], ...]:
    return tuple(_load(reference) for reference in BUILTIN_SITES)


@lru_cache(maxsize=1)
def _platforms() -> tuple[type[Platform], ...]:
    return tuple(_load(reference) for reference in BUILTIN_PLATFORMS)  # type: ignore[misc]


def _entry_points() -> tuple[metadata.EntryPoint, ...]:
    """Installed third-party plugin entry points (monkeypatch this in tests)."""
    return tuple(metadata.entry_points(group=ENTRY_POINT_GROUP))


@lru_cache(maxsize=1)
def _installed() -> tuple[metadata.EntryPoint, ...]:
    # Scanning installed metadata costs milliseconds: once per process (or refresh()).
    return _entry_points()


@lru_cache(maxsize=1)
def _third_party_domains() -> dict[str, metadata.EntryPoint]:
    return {entry.name.strip().lower(): entry for entry in _installed()}


@cache
def _load_entry_point(entry: metadata.EntryPoint) -> type[Site] | None:
    try:
        return _load(entry.value)
    except Exception as exc:  # noqa: BLE001 - a broken plugin must not break parsing
        _load_errors[entry] = f"{type(exc).__name__}: {exc}"
        _log.warning("cqnews site plugin %s (%s) failed to load: %s", entry.name, entry.value, exc)
        return None


def register(site: type[Site]) -> type[Site]:
    """Register a :class:`Site` subclass at run time (wins over built-ins and entry points); usable as a decorator."""
    _registered[site.NAME] = site
    return site


def preload() -> None:
    """Import the built-in plugins and read the installed entry points now.

    :func:`cqnews.warm_up` calls it, so that no later parse reads a module or a package's metadata
    from disk; without it, the first parse does. Third-party plugin modules are still imported when a
    page of their domain is first parsed.
    """
    _builtins()
    _platforms()
    _third_party_domains()


def refresh() -> None:
    """Forget cached entry points and registrations (after installing a plugin, or in tests)."""
    _registered.clear()
    _installed.cache_clear()
    _third_party_domains.cache_clear()
    _load_entry_point.cache_clear()
    _load_errors.clear()


# -- resolution ---------------------------------------------------------------------------------


_WAYBACK = re.compile(r"^(?:https?:)?//web\.archive\.org/web/[^/]+/(?P<url>.+)$", re.IGNORECASE)


def original_url(url: str) -> str:
    """The archived page's own URL for a Wayback Machine capture, else ``url``."""
    match = _WAYBACK.match(url)
    return match.group("url") if match else url


def _host(url: str | None) -> str | None:
    if not url:
        return None
    url = original_url(url)
    if "//" not in url:
        url = "//" + url  # og:url without a scheme ("www.sohu.com/a/…")
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def _suffix_match(host: str, domain: str) -> int:
    """Length of ``domain`` when it is ``host`` or a parent domain of it, else -1."""
    domain = domain.lower()
    return len(domain) if host == domain or host.endswith("." + domain) else -1


def for_url(url: str | None) -> type[Site] | None:
    """The site plugin serving ``url``: longest domain suffix wins; third-party beats built-in on a tie."""
    return _resolve(url)[0]


def _resolve(url: str | None) -> tuple[type[Site] | None, list[str]]:
    """:func:`for_url`, and a warning for each third-party plugin of the URL's domain that failed to load."""
    host = _host(url)
    if host is None:
        return None, []
    warnings: list[str] = []
    # (domain length, precedence) — run-time registrations > entry points > built-ins.
    best, chosen = _best_site(_registered.values(), host, url, 2, ((-1, -1), None))
    for domain, entry in _third_party_domains().items():
        length = _suffix_match(host, domain)
        if length >= 0 and (length, 1) > best:
            loaded = _load_entry_point(entry)  # imported only now that its domain matched
            if loaded is None:
                error = _load_errors.get(entry, "see the log")
                warnings.append(f"site plugin {entry.value} for {entry.name} failed to load ({error})")
            elif loaded.serves(url):
                best, chosen = (length, 1), loaded
    _, chosen = _best_site(_builtins(), host, url, 0, (best, chosen))
    return chosen, warnings


# (domain length, precedence) and the site chosen so far
_Choice = tuple[tuple[int, int], type[Site] | None]


def _best_site(sites: Iterable[type[Site]], host: str, url: str | None, precedence: int, choice: _Choice) -> _Choice:
    """The site of ``sites`` whose domain ``host`` matches longest and that serves ``url``, when it beats
    ``choice`` at ``precedence``; else ``choice``."""
    best, chosen = choice
    for site in sites:
        length = max((_suffix_match(host, d) for d in site.DOMAINS), default=-1)
        if length >= 0 and (length, precedence) > best and site.serves(url):
            best, chosen = (length, precedence), site
    return best, chosen


def get(name: str) -> type[Site]:
    """The plugin called ``name`` (site or platform name, or a domain it serves).

    Raises :class:`~cqnews.UnknownSiteError` when none is installed.
    """
    key = name.strip().lower()
    if key in _registered:
        return _registered[key]
    for entry in _installed():
        site = _load_entry_point(entry)
        if site is not None and (site.NAME == key or entry.name.lower() == key):
            return site
    for site in (*_builtins(), *_platforms()):
        if site.NAME == key:
            return site
    by_domain = for_url("//" + key) if "." in key else None
    if by_domain is not None:
        return by_domain
    names = ", ".join(sorted(row.name for row in available()))
    raise UnknownSiteError(f"no site plugin called {name!r}; installed: {names}")


def _page_url(root: HtmlElement, url: str | None, meta: PageMetadata) -> str | None:
    if url:
        return url
    if meta.canonical_url:
        return meta.canonical_url
    found = root.xpath("//meta[@property='og:url']/@content")
    return str(found[0]).strip() if found else None


def _platform_for(root: HtmlElement) -> type[Platform] | None:
    return next((platform for platform in _platforms() if platform.detect(root)), None)


def extract_page(
    root: HtmlElement,
    url: str | None,
    meta: PageMetadata,
    *,
    site: str | None = None,
    crawl_date: date | datetime | None = None,
    options: ParseOptions = DEFAULT_OPTIONS,
    deadline: Deadline = NO_DEADLINE,
) -> tuple[Draft, type[Site] | None]:
    """Run the resolution order on a parsed page: the draft of the path that worked, and its plugin.

    The plugin is the site or platform whose layout read the page, else the site the page belongs
    to (whose layouts all missed), else None. The draft already holds the page metadata for what
    the path did not find, the visible bylines on paths that declare none, and the default zone.
    """
    page_url = _page_url(root, url, meta)
    page = Page(root, url or page_url, meta, deadline, options.max_images)
    chosen, warnings = (get(site), []) if site else _resolve(page_url)
    draft, used = _draft(page, chosen, crawl_date, warnings)
    if draft.method is not ExtractionMethod.SITE:
        # Site layouts declare their byline; elsewhere the visible byline elements are looked up.
        draft.bylines[:0] = find_bylines(root)
    plugin = used or chosen
    _apply_metadata(draft, meta, plugin)
    draft.timezone = draft.timezone or _site_zone(plugin) or _implied_zone(url or meta.canonical_url, meta.language)
    return draft, plugin


def _draft(
    page: Page, chosen: type[Site] | None, crawl_date: date | datetime | None, warnings: list[str]
) -> tuple[Draft, type[Site] | None]:
    """The draft of the chosen site, else of a platform whose fingerprint matches, else of the generic path."""
    plugin = chosen if chosen is not None else _platform_for(page.root)
    if plugin is not None:
        found = _plugin_draft(plugin, page, crawl_date, warnings)
        if found is not None:
            return found, plugin
        if chosen is not None:
            warnings.append(f"{chosen.NAME}: no layout fits the page (changed design?); used the generic path")
    draft = GenericLayout(page).extract()
    draft.method, draft.layout = ExtractionMethod.GENERIC, None
    draft.warnings[:0] = warnings
    return draft, None


def _plugin_draft(
    plugin: type[Site], page: Page, crawl_date: date | datetime | None, warnings: list[str]
) -> Draft | None:
    """The draft of the first of ``plugin``'s layouts that fits the page, its warnings after ``warnings`` (which
    takes the layouts' reasons either way); None when none fits."""
    draft, reasons = plugin().extract(page, crawl_date)
    warnings.extend(reasons)
    if draft is not None:
        draft.warnings[:0] = warnings
    return draft


def _apply_metadata(draft: Draft, meta: PageMetadata, plugin: type[Site] | None) -> None:
    """Fill what the extraction path did not find from the page metadata (and the plugin's language)."""
    # The <h1> that opens the extracted text is the visible headline (site layouts declare theirs).
    top = heading_at_top(draft.blocks[0].text, meta) if draft.blocks and not draft.headline else None
    draft.headline = draft.headline or top or meta.headline
    unglued = glued_heading_rest(draft.blocks[0].text, draft.headline, meta) if draft.blocks else None
    if unglued:
        draft.blocks[0] = draft.blocks[0].model_copy(update={"text": unglued})
    draft.summary = draft.summary or meta.description
    if not draft.published:
        draft.published, draft.shown_published = meta.published, meta.shown_published
    draft.updated = draft.updated or meta.updated
    draft.tags = draft.tags or meta.tags
    draft.authors = draft.authors or meta.authors
    draft.declared_language = draft.declared_language or meta.language or (plugin.LANGUAGE if plugin else None)
    draft.site_name = draft.site_name or meta.site_name


_CHINA = "Asia/Shanghai"


def _site_zone(plugin: type[Site] | None) -> str | None:
    return plugin.TIMEZONE if plugin is not None else None


def _implied_zone(url: str | None, declared_language: str | None) -> str | None:
    """The one zone of the country of the page's domain, or of its declared language, where that country has
    one zone without daylight saving (timezones.DOMAIN_ZONES, LANGUAGE_ZONES: China, Japan, Korea, Vietnam, the
    Philippines, Malaysia); else no zone."""
    host = _host(url)
    if host is not None:
        found = next((name for suffix, name in DOMAIN_ZONES.items() if host.endswith(suffix)), None)
        if found is not None:
            return found
    language = (declared_language or "").strip().replace("_", "-").split("-")[0].lower()
    return LANGUAGE_ZONES.get(language)


def extract_text_dump(text: str, url: str | None, site: str | None = None, deadline: Deadline = NO_DEADLINE) -> Draft:
    """The draft of a plain-text dump: the site plugin's reading when one applies, else the text path.

    Times without an offset get the site's zone, else China time for Chinese text or a Chinese domain.
    """
    chosen, warnings = (get(site), []) if site else _resolve(url)
    draft = chosen().parse_text(text, deadline) if chosen is not None else extract_text(text, deadline)
    draft.warnings[:0] = warnings
    draft.timezone = draft.timezone or _implied_zone(url, None)
    return draft


# -- listing ------------------------------------------------------------------------------------


def _info(site: type[Site], source: str) -> SiteInfo:
    kind = "platform" if issubclass(site, Platform) else "site"
    return SiteInfo(site.NAME, kind, tuple(site.DOMAINS), tuple(layout.NAME for layout in site.LAYOUTS), source)


def available() -> list[SiteInfo]:
    """Every installed plugin, built-in and third-party (imports them all), sorted by name."""
    rows = [_info(site, "cqnews") for site in (*_builtins(), *_platforms())]
    seen: dict[str, SiteInfo] = {}
    for entry in _installed():
        source = entry.dist.name if entry.dist is not None else "unknown"
        site = _load_entry_point(entry)
        if site is None:
            error = _load_errors.get(entry, "failed to load")
            seen.setdefault(entry.value, SiteInfo(entry.name, "site", (entry.name,), (), source, error))
            continue
        row = _info(site, source)
        declared = seen.get(entry.value, row)
        domains = tuple(dict.fromkeys((*declared.domains, *row.domains, entry.name.lower())))
        seen[entry.value] = SiteInfo(row.name, row.kind, domains, row.layouts, source)
    rows.extend(seen.values())
    rows.extend(_info(site, "registered") for site in _registered.values())
    return sorted(rows, key=lambda row: (row.name, row.source))
