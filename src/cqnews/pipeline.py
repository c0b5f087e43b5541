"""The parse pipeline: decoding → document tree → extraction → enrichment → Article.

:func:`parse` and :func:`parse_text` are the library's entry points (re-exported as
``cqnews.parse`` and ``cqnews.parse_text``).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from importlib import import_module

from lxml.html import HtmlElement

from .arguments import checked_arguments, checked_options
from .article_dates import article_dates, default_zone
from .body_head import drop_blank_blocks, drop_date_lines, drop_headline_echo, title_above_date_lines
from .codec_labels import codec_names
from .deadline import Deadline, out_of_time
from .document import looks_like_html, parse_tree, without_control_chars
from .draft import Draft
from .enrich.captions import attach_captions
from .enrich.credits import article_authors, credits_from_bylines, inline_bylines, is_strong_credit, parse_credit_line
from .enrich.dateline import find_dateline
from .enrich.language import detect_language, load_profiles, normalize_language
from .errors import BlockTooLargeError, EmptyInputError
from .extract.bylines import MAX_LISTED_AUTHORS
from .extract.generic import load_trafilatura
from .extract.headline_cap import long_title_warning
from .extract.jsonld import MAX_LD_DEPTH, MAX_LD_ITEMS, NOT_JSON, TOO_DEEP
from .extract.metadata import PageMetadata, read_metadata
from .extract.plaintext import credit_line_dates, dump_line_breaks
from .input_text import checked_str, to_text
from .late_page import late_page_start, late_page_warning
from .models import (
    Article,
    Block,
    BlockKind,
    Credit,
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
from .text import normalize_space
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
    text, decoded, warnings, no_controls, utf8 = to_text(data, content_type, options)
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
    text, warnings = checked_str(text, options, noun)
    text = without_control_chars(dump_line_breaks(text), warnings)
    if not text.strip():
        raise EmptyInputError(f"the {noun} holds nothing but control characters")
    draft = extract_text_dump(text, url, site, deadline)
    _within_image_cap(draft, options)
    title_above_date_lines(draft)
    if not draft.published:  # ("2026-03-04 09:30:15 来源：江城日报 作者：王晓东": the date on the credit line)
        draft.published = credit_line_dates(draft.bylines)
    draft.warnings[:0] = warnings
    if (not_a_page := path_or_url_warning(text) or markup_warning(text) or table_data_warning(text)) is not None:
        draft.warnings.insert(0, not_a_page)
    return _enrich(draft, url, None, options, deadline)


def _within_image_cap(draft: Draft, options: ParseOptions) -> None:
    """A dump's captions (``Photo: …`` lines, each an image without a source) held to ``options.max_images``, as a
    page's images are, with the same warning: 10,000 such lines cost 10 s past the time budget (Session 63)."""
    if len(draft.images) > options.max_images:
        del draft.images[options.max_images :]
        draft.warnings.append(
            f"the image search stopped after {options.max_images} images: the page has more; raise"
            " ParseOptions.max_images to read them all"
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
    zone_default = default_zone(draft, language, body_text)
    wanted = options.quotes and _in_time("quotes", deadline, warnings)
    quotes, attributions = article_quotes(draft, language, options, deadline) if wanted else ([], None)
    warn_if_not_article(draft)
    published, updated = article_dates(draft, url, zone_default, warnings)
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


def _dateline(blocks: list[Block]) -> str | None:
    """The dateline of the first paragraph: a sub-heading or kicker block before it holds none. A
    standfirst may stand above the paragraph that opens with it ("LYON — …" under the chapô)."""
    paragraphs = (block for block in blocks if block.kind is BlockKind.PARAGRAPH)
    found = (find_dateline(block.text) for block in itertools.islice(paragraphs, _DATELINE_PARAGRAPHS))
    return next((place for place in found if place), None)


_DATELINE_PARAGRAPHS = 2


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
    head = draft.head_bylines if len(bylines) == len(draft.bylines) else 0  # (none when a picture took a line)
    return _merged_credits(credits_from_bylines([*bylines, *inline_bylines(draft.blocks)], head), draft.credits)


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
