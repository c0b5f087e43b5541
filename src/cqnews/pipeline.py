"""The parse pipeline: decoding → document tree → extraction → enrichment → Article.

:func:`parse` and :func:`parse_text` are the library's entry points (re-exported as
``cqnews.parse`` and ``cqnews.parse_text``).
"""

from __future__ import annotations

import itertools
import os
import re
from datetime import date, datetime, tzinfo
from importlib import import_module

from lxml.html import HtmlElement

from .arguments import checked_arguments, checked_options
from .body_head import drop_blank_blocks, drop_date_lines, drop_headline_echo, title_above_date_lines
from .compression import gunzip, is_gzip
from .content_coding import MAX_LAYERS
from .deadline import Deadline, out_of_time
from .decoding import Decoded, codec_names, decode, utf8_free_of_controls
from .document import looks_like_html, parse_tree, without_control_chars
from .draft import Draft
from .enrich.captions import attach_captions
from .enrich.credits import article_authors, credits_from_bylines, inline_bylines, is_strong_credit, parse_credit_line
from .enrich.dateline import find_dateline
from .enrich.dates import ParsedDate, date_from_url, pick_date, slashed_day_first
from .enrich.language import detect_language, load_profiles, normalize_language
from .errors import BlockTooLargeError, EmptyInputError, InputTooLargeError
from .extract.bylines import MAX_LISTED_AUTHORS
from .extract.generic import load_trafilatura
from .extract.headline_cap import long_title_warning
from .extract.jsonld import MAX_LD_DEPTH, MAX_LD_ITEMS, NOT_JSON, TOO_DEEP
from .extract.metadata import PageMetadata, read_metadata
from .extract.plaintext import credit_line_dates
from .late_page import late_page_start, late_page_warning
from .models import (
    Article,
    Block,
    BlockKind,
    Credit,
    DatePrecision,
    Extraction,
    ExtractionMethod,
    Image,
)
from .not_article import (
    framed_page_warning,
    markup_warning,
    path_or_url_warning,
    scripted_page_warning,
    table_data_warning,
    warn_if_not_article,
)
from .options import ParseOptions
from .quote_stage import article_quotes
from .sites.registry import extract_page, extract_text_dump, preload
from .text import cjk_ratio, normalize_space
from .timezones import UnknownTimeZoneError, zone
from .urls import checked_url

__all__ = ["parse", "parse_text", "warm_up"]


def warm_up() -> None:
    """Load now what cqnews otherwise loads on first use: the installed plugins' entry points, the quote
    finder, Python's codec modules, trafilatura with jusText's stop lists, langdetect's language profiles
    and the Chinese word dictionary (together about 0.7 s and 90 MB, once per process).

    ``import cqnews`` stays light (single-page scripts and command-line use pay only for what they
    parse), so the first parse of a process may read these from disk. Call ``warm_up()`` before
    forking worker processes (``parse_many`` and the batch CLI do) so that every worker shares one copy,
    or whenever no parse may touch the file system. Dask and Spark workers load them on their first page;
    ``client.run(cqnews.warm_up)`` loads them up front on a Dask cluster.
    """
    preload()  # the installed plugins' entry points (a scan of every installed package's metadata)
    import_module(".enrich.quotes", __package__)  # the quote finder and its word tables
    import_module(".enrich.quotes.attributions", __package__)  # (ParseOptions.attributions: small)
    codec_names()
    load_trafilatura()
    load_profiles()
    import_module(".enrich.segmenter", __package__).load()


_SURROGATE = re.compile("[\ud800-\udfff]")


def parse(
    data: str | bytes,
    url: str | None = None,
    *,
    site: str | None = None,
    crawl_date: date | datetime | None = None,
    content_type: str | None = None,
    options: ParseOptions | None = None,
) -> Article:
    """Parse a news page (HTML, or a plain-text dump) into an :class:`Article`.

    ``data`` is the page as bytes (decoded like a browser would) or str. ``url`` resolves relative
    links and selects a site plugin; ``site`` forces one by name; ``crawl_date`` picks the layout
    version valid when the page was fetched; ``content_type`` is the HTTP header, whose charset wins
    over the page's own. Raises a :class:`~cqnews.ParseError` subclass for unusable input, a ``TypeError`` for
    an argument of a wrong type (bytes, a URL object, a bytes header and ISO 8601 or HTTP date text for ``crawl_date``
    are read) and a ``ValueError`` for ``crawl_date`` text that is neither.
    """
    options = checked_options(options)
    url, site, crawl_date, content_type = checked_arguments(url, site, crawl_date, content_type)
    deadline = Deadline(options.time_budget)
    text, decoded, warnings, no_controls, utf8 = _to_text(data, content_type, options)
    encoding = decoded.encoding if decoded is not None else None
    if not looks_like_html(text) and (start := late_page_start(text)) is not None:
        text, utf8 = text[start:], None  # (an HTML page after a long header of plain text: read from its start)
        warnings.append(late_page_warning(start))
    if not looks_like_html(text):
        article = _parse_dump(text, url, site, options, deadline)
        article.extraction.encoding = encoding
        article.extraction.warnings[:0] = warnings
    else:
        root = parse_tree(text, options, no_controls=no_controls, utf8=utf8, warnings=warnings)
        meta = read_metadata(root)
        draft = _extract(root, url, meta, site=site, crawl_date=crawl_date, options=options, deadline=deadline)
        draft.warnings[:0] = warnings
        if not draft.blocks and (framed := framed_page_warning(root) or scripted_page_warning(root)) is not None:
            draft.warnings.append(framed)
        if (long_titles := long_title_warning(meta.long_titles)) is not None:
            draft.warnings.append(long_titles)
        draft.warnings.extend(_metadata_warnings(meta))
        article = _enrich(draft, url or meta.canonical_url, encoding, options, deadline)
    article.extraction.encoding_source = decoded.source if decoded is not None else None
    return article


def _metadata_warnings(meta: PageMetadata) -> list[str]:
    """The warnings of the page's metadata: JSON-LD lists read in part (an author list over its cap, a ``@graph``
    or another list of more than :data:`~cqnews.extract.jsonld.MAX_LD_ITEMS` objects, whose later objects, the
    article itself at times, were never read; objects nested deeper than
    :data:`~cqnews.extract.jsonld.MAX_LD_DEPTH`) and JSON-LD dates given as numbers that name no plausible moment."""
    warnings = []
    if meta.authors_cut:
        warnings.append(
            f"the JSON-LD lists more than {MAX_LISTED_AUTHORS} authors: the first {MAX_LISTED_AUTHORS} were read"
        )
    lengths = [length for length in meta.ld_items_cut if length >= 0]
    if lengths:
        warnings.append(
            f"a JSON-LD list holds {max(lengths)} items: the first {MAX_LD_ITEMS} were read "
            "(the page's metadata may be in the rest)"
        )
    if TOO_DEEP in meta.ld_items_cut:
        warnings.append(
            f"the JSON-LD nests objects deeper than {MAX_LD_DEPTH} levels (lists, @graph, mainEntity): those were not "
            "read (the page's metadata may be there)"
        )
    if (scripts := meta.ld_items_cut.count(NOT_JSON)) > 0:
        warnings.append(
            f"{scripts} JSON-LD script(s) of the page are no valid JSON (or nest too deep to read): not read"
        )
    return warnings + meta.date_warnings


def parse_text(
    text: str, url: str | None = None, *, site: str | None = None, options: ParseOptions | None = None
) -> Article:
    """Parse a plain-text dump of a page: paragraphs separated by line breaks, site chrome included.

    The headline is the last title-like line before the first paragraph of running text; in a dump with no such
    paragraph (short lines only), the first line when it is short, ends in no full stop and a blank line follows
    it (``"Harbour story four\\n\\nThe warehouse opens …"``); else no headline. The text is all article unless it is
    clearly furniture (see docs/api.md, "Plain-text input"); lines left out of the body are named in a warning."""
    options = checked_options(options)
    url, site, _, _ = checked_arguments(url, site)
    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes str, not {type(text).__name__}: decode bytes or use parse()")
    return _parse_dump(text, url, site, options, Deadline(options.time_budget), noun="text")


def _parse_dump(
    text: str, url: str | None, site: str | None, options: ParseOptions, deadline: Deadline, noun: str = "page"
) -> Article:
    """The Article of a text dump; ``noun`` names the input in errors ("text": a str handed to parse_text, where no
    download took place)."""
    text, warnings = _checked_str(text, options, noun)
    text = without_control_chars(text, warnings)
    if not text.strip():
        raise EmptyInputError(f"the {noun} holds nothing but control characters")
    draft = extract_text_dump(text, url, site, deadline)
    title_above_date_lines(draft)
    if not draft.published:  # ("2026-03-04 09:30:15 来源：江城日报 作者：王晓东": the date on the credit line)
        draft.published = credit_line_dates(draft.bylines)
    draft.warnings[:0] = warnings
    if (not_a_page := path_or_url_warning(text) or markup_warning(text) or table_data_warning(text)) is not None:
        draft.warnings.insert(0, not_a_page)
    return _enrich(draft, url, None, options, deadline)


def _to_text(
    data: str | bytes, content_type: str | None, options: ParseOptions
) -> tuple[str, Decoded | None, list[str], bool, bytes | None]:
    """The page's text, its decoding (None for str input), warnings, whether the bytes showed the text free of
    the control characters :func:`parse_tree` removes (UTF-8 bytes tell several times faster than the text), and the
    UTF-8 bytes the text was strictly decoded from, if it was (the HTML parser reads them unconverted)."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        for _ in range(MAX_LAYERS):  # (gzip inside gzip: a .gz file sent under Content-Encoding: gzip)
            if not is_gzip(raw):
                break
            raw = gunzip(raw, options.max_input_bytes)  # in chunks under the cap: a gzip bomb never fills memory
        _check_size(len(raw), options)
        if not raw.strip():
            raise EmptyInputError("the page is empty: check that the download returned a body")
        decoded = decode(raw, content_type)
        no_controls = decoded.encoding == "utf-8" and utf8_free_of_controls(raw)
        return decoded.text, decoded, decoded.warnings, no_controls, decoded.utf8
    if isinstance(data, str):
        text, warnings = _checked_str(data, options)
        return text, None, warnings, False, None
    if isinstance(data, os.PathLike):
        raise TypeError(
            "parse() takes the page's bytes or text, not a path: cqnews.parse(path.read_bytes()), "
            "or cqnews.parse_many([path]) for files and folders"
        )
    if callable(getattr(data, "read", None)):  # an open file, io.BytesIO, a response's raw stream
        raise TypeError(
            f"parse() takes the page's bytes or text, not a stream ({type(data).__name__}): read it first, "
            "cqnews.parse(stream.read())"
        )
    raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")


_EMPTY_TEXT = "the text is empty or blank: parse_text() was handed no words (check the file or field it was read from)"


def _checked_str(text: str, options: ParseOptions, noun: str = "page") -> tuple[str, list[str]]:
    """Size and emptiness checks; NUL characters are removed and lone surrogates (from a lossy decode upstream)
    become U+FFFD, each with a warning, as for bytes input. Empty text handed to parse_text (``noun`` "text") came
    from no download: its error says so."""
    # Count UTF-8 bytes, as for bytes input; encode only when the character count leaves doubt.
    size = len(text)
    if size <= options.max_input_bytes < size * 4:
        size = len(text.encode("utf-8", "surrogatepass"))
    _check_size(size, options)
    warnings = []
    if "\x00" in text:
        warnings.append(f"{text.count(chr(0))} NUL character(s) removed")
        text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInputError(
            _EMPTY_TEXT if noun == "text" else "the page is empty: check that the download returned a body"
        )
    if text.isascii() or _encodes(text):
        return text, warnings
    return _without_surrogates(text, warnings)


def _without_surrogates(text: str, warnings: list[str]) -> tuple[str, list[str]]:
    """Surrogate pairs (UTF-16 code units decoded one by one upstream: "\\ud83d\\ude00") joined into their
    character, lone surrogates replaced by U+FFFD; each counted in a warning."""
    before = len(text)
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")  # (pairs join)
    if len(text) < before:
        warnings = [*warnings, f"{before - len(text)} surrogate pair(s) joined into their character"]
    cleaned, count = _SURROGATE.subn("\ufffd", text)
    if count:
        warnings = [*warnings, f"{count} lone surrogate code point(s) replaced by U+FFFD"]
    return cleaned, warnings


def _encodes(text: str) -> bool:
    # Only lone surrogates stop UTF-8 encoding; the codec finds them faster than a regex search.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_size(size: int, options: ParseOptions) -> None:
    if size > options.max_input_bytes:
        raise InputTooLargeError(
            f"input is {size} bytes, over the limit of {options.max_input_bytes}: "
            "pass ParseOptions(max_input_bytes=...) if the page is genuine"
        )


def _extract(
    root: HtmlElement, url: str | None, meta: PageMetadata, *, site: str | None = None,
    crawl_date: date | datetime | None = None, options: ParseOptions, deadline: Deadline,
) -> Draft:
    # Site plugin by name or domain, then platform fingerprint, then the generic path (cqnews.sites),
    # with the page metadata merged in.
    draft, _plugin = extract_page(
        root, url, meta, site=site, crawl_date=crawl_date, options=options, deadline=deadline
    )
    return draft


def _default_zone(draft: Draft, language: str | None, body_text: str) -> tzinfo | None:
    """The zone for times written without an offset: the draft's, else China time for Chinese text."""
    name = draft.timezone or ("Asia/Shanghai" if language == "zh" and cjk_ratio(body_text) > 0.3 else None)
    if name is None:
        return None
    try:
        return zone(name)
    except UnknownTimeZoneError as exc:
        draft.warnings.append(f"{exc}; times without an offset left naive")
        return None


def _in_time(stage: str, deadline: Deadline, warnings: list[str]) -> bool:
    """True when there is time left for ``stage``; otherwise a warning says it was skipped."""
    if not deadline.expired():
        return True
    warnings.append(out_of_time(f"{stage} skipped"))
    return False


def _enrich(
    draft: Draft, url: str | None, encoding: str | None, options: ParseOptions, deadline: Deadline
) -> Article:
    """The Article from the extracted draft: captions, credits, language, quotes, dates and checks."""
    drop_blank_blocks(draft)
    drop_headline_echo(draft)
    drop_date_lines(draft)
    warnings = draft.warnings
    images = _captioned_images(draft, deadline)
    credits = _credits(draft, deadline)
    authors = article_authors(draft.authors, credits)
    _check_block_sizes(draft, options)
    body_text = "\n".join(block.text for block in draft.blocks[:40])
    language = _language(draft, body_text, options, deadline)
    zone_default = _default_zone(draft, language, body_text)
    wanted = options.quotes and _in_time("quotes", deadline, warnings)
    quotes, attributions = article_quotes(draft, language, options, deadline) if wanted else ([], None)
    warn_if_not_article(draft)
    published, updated = _article_dates(draft, url, zone_default, warnings)
    url = _checked(url, options, warnings)
    images = [image for image in images if image.src is None or _checked_src(image, options, warnings)]
    extraction = Extraction(
        method=draft.method, plugin=draft.plugin, layout=draft.layout, encoding=encoding, warnings=warnings
    )
    return Article(
        url=url,
        site=draft.plugin if draft.method is ExtractionMethod.SITE else None,
        publisher=draft.site_name or None,
        language=language,
        headline=draft.headline,
        summary=draft.summary,
        dateline=_dateline(draft.blocks),
        published=published.value if published else None,
        published_precision=published.precision if published else None,
        updated=updated.value if updated else None,
        authors=authors,
        body=draft.blocks,
        images=images,
        credits=credits,
        quotes=quotes,
        attributions=attributions,
        tags=draft.tags,
        extraction=extraction,
    )


def _article_dates(
    draft: Draft, url: str | None, zone_default: tzinfo | None, warnings: list[str]
) -> tuple[ParsedDate | None, ParsedDate | None]:
    """The article's publishing and update dates, read from what the page states (problems in ``warnings``)."""
    # The URL's day is a last resort: only when no date the page states can be read.
    day_first = slashed_day_first(draft.declared_language, url)
    published = pick_date(draft.published, zone_default, warnings, day_first) or date_from_url(url, zone_default)
    published = _with_shown_time(published, draft.shown_published, zone_default, day_first)
    updated = pick_date(draft.updated, zone_default, warnings, day_first)
    updated = _not_before(updated, published, warnings, keep=draft.method is ExtractionMethod.TEXT)
    if published is None and updated is not None:
        warnings.append("published: the page shows only when it was updated; the update time is not taken for it")
    return published, updated


def _dateline(blocks: list[Block]) -> str | None:
    """The dateline of the first paragraph: a sub-heading or kicker block before it holds none. A
    standfirst may stand above the paragraph that opens with it ("LYON — …" under the chapô)."""
    paragraphs = (block for block in blocks if block.kind is BlockKind.PARAGRAPH)
    found = (find_dateline(block.text) for block in itertools.islice(paragraphs, _DATELINE_PARAGRAPHS))
    return next((place for place in found if place), None)


_DATELINE_PARAGRAPHS = 2


def _with_shown_time(
    published: ParsedDate | None, shown: list[str], zone: tzinfo | None, day_first: bool | None,
) -> ParsedDate | None:
    """A declared bare day ("2026-04-12") refined by the time the page shows on that same day
    ("2026-04-12 09:15"); another day shown leaves the declared one. A slashed day shown is read in the page's
    order, as the declared dates are."""
    if published is None or published.precision is not DatePrecision.DAY or not shown:
        return published
    refined = pick_date(shown, zone, day_first=day_first)
    if refined is None or refined.precision is DatePrecision.DAY or refined.value.date() != published.value.date():
        return published
    return refined


def _not_before(
    updated: ParsedDate | None, published: ParsedDate | None, warnings: list[str], keep: bool = False
) -> ParsedDate | None:
    """``updated``, unless it is a day alone that reads as earlier than ``published``: a page that shows
    its update as a day ("Updated: Nov 18, 2019", its time not read) reads as midnight, before a publishing
    time given to the minute that day. A day before the publishing day is no update either, nor a time
    before the publishing time (a draft's save time declared as dateModified): those are left out with a
    warning. A text dump's dates (``keep``) are the user's: an update before the publishing is kept, with a warning."""
    if updated is None or published is None:
        return updated
    if updated.precision is not DatePrecision.DAY:
        comparable = (updated.value.tzinfo is None) == (published.value.tzinfo is None)
        earlier = comparable and updated.value < published.value
    else:
        day, published_day = updated.value.date(), published.value.date()
        if published.precision is not DatePrecision.DAY and day == published_day:
            return None  # (the publishing day, read as midnight: no later change shown)
        earlier = day < published_day
    if earlier and keep:
        warnings.append("updated: the text's update time is before its publishing time; kept as written")
        return updated
    if earlier:
        warnings.append("updated: the page's update time is before its publishing time; left out")
    return None if earlier else updated


def _captioned_images(draft: Draft, deadline: Deadline) -> list[Image]:
    """The draft's images with captions and credits attached (caption lines leave the body)."""
    if _in_time("captions and photo credits", deadline, draft.warnings):
        draft.blocks, images = attach_captions(draft.blocks, draft.images, deadline, draft.warnings)
        return images
    return [Image(src=image.src, alt=image.alt, position=image.position) for image in draft.images]


def _credits(draft: Draft, deadline: Deadline) -> list[Credit]:
    """Credits from the byline lines and inline bylines, then the ones the extraction declared."""
    if not _in_time("bylines", deadline, draft.warnings):
        return _merged_credits([], draft.credits)
    bylines = _not_picture_credits(draft)
    if draft.method is ExtractionMethod.TEXT and (unread := [line for line in bylines if not parse_credit_line(line)]):
        shown = ", ".join(repr(line) for line in unread[:3])  # (credit lines are short: at most 120 characters)
        draft.warnings.append(f"{len(unread)} credit line(s) of the text gave no credit and were left out: {shown}")
    return _merged_credits(credits_from_bylines([*bylines, *inline_bylines(draft.blocks)]), draft.credits)


def _not_picture_credits(draft: Draft) -> list[str]:
    """The byline lines but the photo credits the image finder gave a picture ("图/记者 王明 摄" on the line under
    it): the picture's credit, not the article's photographer."""
    pictures = {normalize_space(image.credit) for image in draft.images if image.credit}
    if not pictures:
        return list(draft.bylines)
    return [line for line in draft.bylines if not (normalize_space(line) in pictures and is_strong_credit(line))]


def _check_block_sizes(draft: Draft, options: ParseOptions) -> None:
    for block in draft.blocks:
        if len(block.text) > options.max_block_chars:
            raise BlockTooLargeError(
                f"a body block has {len(block.text)} characters, over the limit of {options.max_block_chars}: "
                "raise ParseOptions.max_block_chars if the page is genuine"
            )


def _language(draft: Draft, body_text: str, options: ParseOptions, deadline: Deadline) -> str | None:
    """Detected from the body (the headline when there is none), or the page's declared language."""
    if options.detect_language and _in_time("language detection", deadline, draft.warnings):
        return detect_language(body_text or (draft.headline or ""), draft.declared_language)
    return normalize_language(draft.declared_language)


def _merged_credits(found: list[Credit], declared: list[Credit]) -> list[Credit]:
    """Credits from byline lines, then those a layout declared that the lines do not already give."""
    seen = {(credit.role, credit.name, credit.organization) for credit in found}
    return found + [credit for credit in declared if (credit.role, credit.name, credit.organization) not in seen]


def _checked(url: str | None, options: ParseOptions, warnings: list[str]) -> str | None:
    """The URL boundary (:func:`cqnews.urls.checked_url`): a bad URL becomes ``None`` and a warning."""
    url, problem = checked_url(url, options.url_schemes)
    if problem and problem not in warnings:
        warnings.append(problem)
    return url


def _checked_src(image: Image, options: ParseOptions, warnings: list[str]) -> bool:
    """Keep an image whose ``src`` passes the URL boundary (normalised in place); drop the others."""
    image.src = _checked(image.src, options, warnings)
    return image.src is not None
