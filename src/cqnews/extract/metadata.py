"""Page metadata: headline, summary, dates, tags, language and site name.

Reads ``<meta>`` tags, JSON-LD and a few visible elements of an already parsed tree. Values are
raw strings; enrichment parses dates and cleans names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from ..lexicon.site_names import SITE_NAME_PARTICLES
from ..text import han_count, has_han, normalize_space
from .bylines import find_author_metadata
from .declared import as_date_text, as_text, meta_values
from .headings import shown_text, visible_headings
from .headline_cap import without_long_titles
from .jsonld import is_article, is_web_page, json_ld_objects
from .shown_dates import shown_published, time_elements
from .shown_updates import shown_updated
from .standfirst import find_excerpt, find_standfirst

__all__ = [
    "PageMetadata",
    "clean_headline",
    "glued_heading_rest",
    "heading_at_top",
    "match_quote_style",
    "read_metadata",
    "same_title",
]


# " - Site", " | Site", "_新华网", "--人民网" ... at the end of a <title>.
# A bare "-" only before a short CJK or Hangul section name that ends the title or its next segment
# ("…方向-时政", "…커졌다-정치ㅣ한국일보").
_TITLE_SEPARATORS = re.compile(
    r"\s+[|\-–—»·:*]{1,2}\s+|\s*[_|｜ㅣ—–]{1,2}\s*(?=\S)|\s*-{2}\s*"
    r"|-(?=[\u4e00-\u9fff\uac00-\ud7a3]{2,12}(?:$|[_|｜ㅣ]))"
)
_CJK_SITE_ENDINGS = ("网", "网站", "频道", "日报", "新闻", "报", "在线", "客户端", "门户")
# Characters a site puts between a title and its own name without spaces ("…警視庁逮捕：東京新聞デジタル").
_SITE_NAME_JOINERS = "：:|｜-–—_·»"
# Quote marks and apostrophes: sources of one page often differ only in these (’ against ', or
# "…" around a phrase in the <h1> and not in the <title>).
_QUOTE_MARKS = str.maketrans("", "", "'\"‘’‚‛“”„‟«»‹›＂＇`")
# A "| by Jane Doe" segment at the end of a <title> is a byline, not the story.
_BYLINE_SEGMENT = re.compile(r"[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
# A Hangul segment this short, without spaces, is a section or site name ("정치", "한국일보").
_HANGUL_SECTION = re.compile(r"[\uac00-\ud7a3]{1,6}")
# A declared date that is a day without a time ("2026-04-12", "2026/04/12").
_BARE_DAY = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


@dataclass(slots=True)
class PageMetadata:
    """Raw metadata found on a page."""

    headline: str | None = None
    description: str | None = None
    """The declared description (JSON-LD, meta tags), else the standfirst the page marks by class."""
    published: list[str] = field(default_factory=list)
    shown_published: list[str] = field(default_factory=list)
    """The dates the page shows, read only when the declared date is a bare day ("2026-04-12"): the same
    day shown with its time ("2026-04-12 09:15") is then the more precise value."""
    updated: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    site_name: str | None = None
    authors: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    # Every title the page gives (JSON-LD, og:/twitter:title, <title> without site suffixes; <h1>s)
    # and the <title> alone: for match_quote_style().
    title_variants: list[str] = field(default_factory=list)
    document_title: str | None = None
    title_tag_only: bool = False
    """The declared headline is the ``<title>`` alone: no JSON-LD headline, no og:/twitter: title."""
    long_titles: list[str] = field(default_factory=list)  # the sources of titles over the cap (headline_cap)
    authors_cut: list[int] = field(default_factory=list)  # the lengths of JSON-LD author lists read in part
    # the lengths of JSON-LD lists (@graph …) read in part, and jsonld.TOO_DEEP for each object or list too deep to read
    ld_items_cut: list[int] = field(default_factory=list)
    date_warnings: list[str] = field(default_factory=list)  # JSON-LD dates given as numbers and left out
    headings: list[str] = field(default_factory=list)
    """The page's visible ``<h1>`` texts, in document order."""
    ld_objects: list[dict[str, Any]] = field(default_factory=list)
    """The page's JSON-LD objects, parsed once here (see :func:`~cqnews.extract.jsonld.json_ld_objects`);
    site layouts that read JSON-LD take them from here instead of parsing the scripts again."""


def _title_tag_text(root: HtmlElement) -> str:
    """The document's first ``<title>``: an inline SVG icon's or a MathML formula's own ``<title>`` (a tooltip such
    as "Share on Facebook", as often in the page body) is none, as browsers read it. The walk stops at the first
    (in the head): the XPath ``(//title[not(ancestor::svg or ancestor::math)])[1]`` read the whole page."""
    for title in root.iter("title"):
        if next(title.iterancestors("svg", "math"), None) is None:
            return title.text or ""
    return ""


def read_metadata(root: HtmlElement) -> PageMetadata:
    """Collect the page's metadata from meta tags, JSON-LD, <title>, <h1> and visible dates."""
    meta = meta_values(root)
    ld_items_cut: list[int] = []
    ld_objects = json_ld_objects(root, ld_items_cut)
    ld = _json_ld_article(ld_objects)
    out = PageMetadata(ld_objects=ld_objects, ld_items_cut=ld_items_cut)
    title_tag = as_text(_title_tag_text(root))  # (escaped twice as often as meta tags: "&amp;amp;")
    ld, meta, title_tag, out.long_titles = without_long_titles(ld, meta, title_tag, root)
    out.site_name = _first(meta.get("site_name")) or _ld_name(ld.get("publisher"))
    out.headings, logos = visible_headings(root)
    headline, out.title_variants = _choose_headline(out.headings, ld, meta, title_tag, out.site_name, tuple(logos))
    out.document_title = clean_headline(title_tag, out.site_name) if title_tag else None
    out.title_tag_only = not as_text(ld.get("headline")) and not meta.get("title")
    if headline and headline not in out.headings:
        headline = _heading_start(headline, out) or _shown_start(root, headline, out) or headline
    out.headline = match_quote_style(headline, out) if headline else None
    out.description = (
        find_excerpt(root)
        or _first([as_text(ld.get("description"))] + meta.get("description", []))
        or find_standfirst(root)
    )
    published = as_date_text(ld.get("datePublished"), "datePublished", out.date_warnings)
    out.published = _unique([published] + meta.get("published", []) + time_elements(root))
    modified = _json_ld_modified(ld_objects, ld, out.date_warnings)
    out.updated = _unique([modified] + meta.get("updated", [])) or shown_updated(root)
    if not out.published:
        out.published = shown_published(root)
    elif _BARE_DAY.fullmatch(out.published[0]):
        out.shown_published = shown_published(root)
    out.tags = _tags(ld, meta)
    out.language = _language(root, meta)
    out.authors = _not_the_site(find_author_metadata(root, ld_objects, out.authors_cut), root, meta, ld)
    canonical = root.find(".//link[@rel='canonical']")
    out.canonical_url = canonical.get("href") if canonical is not None else None
    return out


def clean_headline(title: str, site_name: str | None = None) -> str:
    """Strip " - SiteName" / " | Section | Site" / "_新华网" from either end of a page title."""
    title = _strip_site_name(normalize_space(title), site_name)
    cuts = [0, *(pos for match in _TITLE_SEPARATORS.finditer(title) for pos in match.span()), len(title)]
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    first, last = 0, len(parts) - 1  # (indices, not pops: a list's pop(0) moves every part after it)
    while last > first and _site_like(title[slice(*parts[last])], site_name, trailing=True):
        last -= 1
    while last > first and _site_like(title[slice(*parts[first])], site_name):
        first += 1
    return title[parts[first][0] : parts[last][1]].strip()


def _heading_start(headline: str, meta: PageMetadata) -> str | None:
    """The page's ``<h1>`` when its ``<title>``, the only title it declares, is that heading, a separator and
    a short label ("Council approves bridge - Printer friendly" over ``<h1>Council approves bridge</h1>``):
    the label, shorter than the heading, is no part of the headline."""
    if not meta.title_tag_only:
        return None  # (JSON-LD and og:title are written on purpose)
    for heading in meta.headings:
        separator = _TITLE_SEPARATORS.match(headline, len(heading)) if headline.startswith(heading) else None
        rest = headline[separator.end() :] if separator else ""
        if rest and len(rest) < len(heading) and len(rest.split()) <= _LABEL_MAX_WORDS:
            return heading
    return None


_LABEL_MAX_WORDS = 4


def _shown_start(root: HtmlElement, headline: str, meta: PageMetadata) -> str | None:
    """The start of a declared ``headline`` that another title of the page or its visible text gives
    alone, when the rest of it reads as site and section names only ("重庆多地启动防汛响应-重庆频道-华龙网"
    with "重庆多地启动防汛响应" shown on the page: the site segments go)."""
    starts = _site_free_starts(headline, meta.site_name)
    if not starts:
        return None
    declared = {title.casefold() for title in meta.title_variants}
    return next((start for start in starts if start.casefold() in declared), None) or shown_text(root, starts)


# Where a Chinese title may be cut beside the separators of _TITLE_SEPARATORS: a space or a bare "-"
# between Han characters ("…响应 重庆频道 华龙网", "…响应-重庆频道-华龙网").
_HAN_CUT = re.compile(r"(?<=[\u4e00-\u9fff])(?:\s{1,3}|-)(?=[\u4e00-\u9fff])")


# A title names its site and sections in a few trailing segments: each start read is a copy of the title.
_SITE_SEGMENTS_MAX = 8


def _site_free_starts(title: str, site_name: str | None) -> list[str]:
    """The starts of ``title`` after which every segment reads as a site or section name, longest first."""
    spans = sorted({m.span() for m in _TITLE_SEPARATORS.finditer(title)} | {m.span() for m in _HAN_CUT.finditer(title)})
    starts: list[str] = []
    last_read = max(len(spans) - _SITE_SEGMENTS_MAX, 0)  # (the earliest cut read: the last few only)
    for index in reversed(range(last_read, len(spans))):
        segment = title[spans[index][1] : spans[index + 1][0] if index + 1 < len(spans) else len(title)]
        if not _site_like(segment, site_name, trailing=True) or not _site_segment(title, spans[index], segment):
            break
        start = title[: spans[index][0]].strip()
        if len(start) >= len(title) - spans[index][1]:  # (a site's name is shorter than the story's title)
            starts.append(start)
    return starts


def _site_segment(title: str, cut: tuple[int, int], segment: str) -> bool:
    """A segment after a space or a bare "-" between Han characters names a site or channel only when it
    says so ("重庆频道", "华龙网"): "国务院部署 一揽子政策" is one headline."""
    if _TITLE_SEPARATORS.fullmatch(title, *cut):
        return True
    return segment.strip().endswith(_CJK_SITE_ENDINGS)


def _strip_site_name(title: str, site_name: str | None) -> str:
    """Drop the page's own site name from the end of a title, whatever joins it ("…：東京新聞デジタル")."""
    if not site_name or len(site_name) < 2 or not title.endswith(site_name):
        return title
    rest = title[: -len(site_name)].rstrip()
    if not rest or rest[-1] not in _SITE_NAME_JOINERS:
        return title
    return rest.rstrip(_SITE_NAME_JOINERS + " ") or title


def _site_like(segment: str, site_name: str | None, trailing: bool = False) -> bool:
    """A title segment that names a site or section rather than the story (or, ``trailing``, a byline)."""
    segment = segment.strip()
    if not segment or (trailing and _BYLINE_SEGMENT.fullmatch(segment)):
        return True
    if site_name and (segment.casefold() in site_name.casefold() or site_name.casefold() in segment.casefold()):
        return True
    if has_han(segment):
        return len(segment) <= 8 or segment.endswith(_CJK_SITE_ENDINGS)
    if _HANGUL_SECTION.fullmatch(segment):
        return True
    words = segment.split()
    if len(words) > 4 or len(segment) > 40 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    # a site's name at the end of a title may hold small words ("Diario del Sureste", "Gazeta do Povo")
    inner = SITE_NAME_PARTICLES if trailing else frozenset()
    return all(word[0].isupper() or word[0].isdigit() or word in inner for word in words) and words[-1] not in inner


def _choose_headline(
    h1s: list[str],
    ld: dict[str, Any],
    meta: dict[str, list[str]],
    title_tag: str,
    site_name: str | None,
    logos: tuple[str, ...] = (),
) -> tuple[str | None, list[str]]:
    """The headline, and every title the page gives (declared ones without their site suffix, <h1>s).

    A declared title that is the site's logo heading (``logos``) is the site's name, not a headline."""
    names = {logo.casefold() for logo in logos}
    titles = (as_text(ld.get("headline")), *meta.get("title", []), title_tag)
    declared = [title for title in titles if title.casefold() not in names]
    declared_clean = [clean_headline(t, site_name) for t in declared if t]
    # An <h1> that one of the page's declared titles repeats (whole, or without its site suffix) is
    # the visible headline: a whole repeat keeps a kicker such as "BUDGET 3.0 | …" that the suffix
    # rule would take for a section name. Otherwise the declarations (JSON-LD, og:title, <title>)
    # beat an <h1> that may be a section or logo, unless the <h1> agrees with them all.
    folded = {d.casefold() for d in declared_clean} | {normalize_space(d).casefold() for d in declared if d}
    chosen = next((h1 for h1 in h1s if h1.casefold() in folded), None)
    if chosen is None:
        chosen = next((h1 for h1 in h1s if _agrees(h1, declared_clean, site_name)), None)
    if chosen is None and _label_only_title(declared, declared_clean, h1s, site_name):
        chosen = h1s[0]  # <title>Valley Courier - Local news</title>, <h1>Council closes library</h1>
    if chosen is None:
        chosen = declared_clean[0] if declared_clean else (h1s[0] if h1s else None)
    return chosen, [*declared_clean, *h1s]


def _label_only_title(declared: list[str], cleaned: list[str], h1s: list[str], site_name: str | None) -> bool:
    """Is the page's only title a browser-tab label (a site and a section: "Valley Courier - Local news",
    "Home", "江城新闻网-本地新闻") while its one ``<h1>`` reads like a headline? A tab label of two words or
    fewer, or one that reads like a site's name, says less than a heading of three or more that is no site name."""
    if any(declared[:-1]) or len(cleaned) != 1 or len(h1s) != 1:
        return False  # (JSON-LD or og:title declare a headline: publishers write those on purpose)
    heading = h1s[0]
    return (
        (_words(cleaned[0]) <= _LABEL_WORDS or _site_like(cleaned[0], site_name))
        and min(_words(cleaned[0]), _LABEL_WORDS) < _words(heading)
        and not _site_like(heading, site_name)
        and cleaned[0].casefold() not in heading.casefold()
    )


_LABEL_WORDS = 2


def _words(text: str) -> int:
    """Words of ``text``, a Han character counting as half of one (a Chinese word is one or two of them)."""
    return sum(1 for word in text.split() if not has_han(word)) + (han_count(text) + 1) // 2


def _agrees(heading: str, declared: list[str], site_name: str | None) -> bool:
    """A visible heading of which every declared title is a short fragment.

    ``<title>Results</title>`` with ``<h1>Election results announced</h1>``: the page's only
    declaration is a short form of its heading. A declared title that is most of the heading is
    the headline and the rest a kicker ("Premier League" before it, "Kultur :"), so it is kept.
    A heading that reads like a site or section name ("BBC News") never agrees.
    """
    key = _quote_key(heading).casefold()
    if not declared or _site_like(heading, site_name):
        return False
    keys = [_quote_key(title).casefold() for title in declared]
    return all(title and title in key and 2 * len(title) <= len(key) for title in keys)


def heading_at_top(first_block: str | None, meta: PageMetadata) -> str | None:
    """The page's ``<h1>`` when it opens the extracted article and no declared title says otherwise.

    The heading that opens the article text is its visible headline when the page declares no
    title, only a site or section name ("Home | Daily Example"), a short form of the heading, or
    only a ``<title>`` (a browser-tab label, often left generic). A declared headline that says
    something else in JSON-LD or og:title is kept: publishers write those for sharing and search on
    purpose. A heading that reads like a site name is never taken.
    """
    if not first_block:
        return None
    text = normalize_space(first_block)
    declared = meta.headline
    for heading in meta.headings:
        if not same_title(heading, text) or _site_like(heading, meta.site_name):
            continue
        if declared and same_title(heading, declared):
            return declared  # the same words: keep the spelling chosen from all the titles
        if (
            not declared
            or meta.title_tag_only
            or _site_like(declared, meta.site_name)
            or _agrees(heading, [declared], meta.site_name)
        ):
            return match_quote_style(heading, meta)
    return None


def glued_heading_rest(first_block: str, headline: str | None, meta: PageMetadata) -> str | None:
    """The first block without the page's ``<h1>`` when an extractor glued the two, else None.

    Trafilatura joins a lone ``<h1>`` and the paragraph after it on small pages
    ("Election results announced The count ended …"); the heading is the headline, not body text.
    """
    if not headline or headline not in meta.headings or not first_block.startswith(headline + " "):
        return None
    rest = first_block[len(headline) + 1 :].lstrip()
    return rest if len(rest) > len(headline) else None


def match_quote_style(headline: str, meta: PageMetadata) -> str:
    """``headline`` written with the quote marks of the page's <title> when both say the same words.

    A page's sources often give one title with different quote marks (’ in the <h1>, ' in og:title
    and <title>; "…" around a phrase in the <h1> only). The <title> is the document's own title,
    the text browsers and search results show: when it is the same title up to quote marks, its
    text is used; otherwise the spelling most of the page's titles share (ties keep ``headline``).
    """
    key = _quote_key(headline)
    if not key:
        return headline
    same = [title for title in meta.title_variants if title != headline and _quote_key(title) == key]
    if not same:
        return headline
    if meta.document_title in same:
        return meta.document_title
    pool = [headline, *meta.title_variants]
    return max(dict.fromkeys([headline, *same]), key=pool.count)


def _quote_key(title: str) -> str:
    """A title without its quote marks and spaces: equal keys, same title."""
    return title.translate(_QUOTE_MARKS).replace(" ", "")


def same_title(first: str, second: str) -> bool:
    """True when two titles say the same words, whatever their quote marks, spacing and case."""
    return _quote_key(first).casefold() == _quote_key(second).casefold()


def _json_ld_article(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The first article object that carries a headline, a date or a body."""
    for node in objects:
        if _carries_article(node):
            return node
    return {}


def _json_ld_modified(objects: list[dict[str, Any]], ld: dict[str, Any], warnings: list[str]) -> str:
    """The article's ``dateModified``; when the object read is a WebPage without one, the first narrower
    article's (a Yoast ``@graph`` lists the WebPage, often without dateModified, before the NewsArticle)."""
    modified = as_date_text(ld.get("dateModified"), "dateModified", warnings)
    if modified or not is_web_page(ld):
        return modified
    for node in objects:
        if _carries_article(node) and not is_web_page(node):
            return as_date_text(node.get("dateModified"), "dateModified", warnings)
    return ""


def _carries_article(node: dict[str, Any]) -> bool:
    return is_article(node) and ("headline" in node or "datePublished" in node or "articleBody" in node)


def _not_the_site(authors: list[str], root: HtmlElement, meta: dict[str, list[str]], ld: dict[str, Any]) -> list[str]:
    """The page's author tags (``<meta name="author">`` …) when its JSON-LD names the site itself as the author
    (``"author": {"@type": "Person", "name": "Krautreporter"}`` on krautreporter.de, ``og:site_name`` or the
    JSON-LD publisher) and the tags name someone else; else ``authors``."""
    sites = {
        normalize_space(name).casefold()
        for name in (*meta.get("site_name", [])[:1], _ld_name(ld.get("publisher")))
        if name
    }
    if not authors or not sites or any(normalize_space(name).casefold() not in sites for name in authors):
        return authors
    tagged = [name for name in find_author_metadata(root, []) if normalize_space(name).casefold() not in sites]
    return tagged or authors


def _ld_name(value: Any) -> str | None:
    if isinstance(value, dict):
        return as_text(value.get("name"))
    if isinstance(value, list) and value:
        return _ld_name(value[0])
    return as_text(value)


def _tags(ld: dict[str, Any], meta: dict[str, list[str]]) -> list[str]:
    raw: list[str] = list(meta.get("tags", []))
    keywords = ld.get("keywords")
    if isinstance(keywords, list):
        raw.extend(k for k in keywords if isinstance(k, str))
    elif isinstance(keywords, str):
        raw.append(keywords)
    raw.extend(meta.get("keywords", [])[:1])
    tags: list[str] = []
    for item in raw:
        tags.extend(part for part in re.split(r"\s*[,;，、]\s*", item) if part)
    return _unique([normalize_space(tag) for tag in tags if len(tag) < 80])


def _language(root: HtmlElement, meta: dict[str, list[str]]) -> str | None:
    return root.get("lang") or root.get("xml:lang") or _first(meta.get("locale"))


def _first(values: list[str] | None) -> str | None:
    for value in values or []:
        if value:
            return value
    return None


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.add(value)
            out.append(value)
    return out
