"""The intermediate result every extraction path fills and every enrichment stage reads.

Extraction (site plugin, platform, generic, plain text) finds *where* things are and returns a
:class:`Draft` of raw strings; enrichment (captions, credits, dates, dateline, language, quotes)
turns those strings into typed values of the :class:`~cqnews.models.Article`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from lxml.html import HtmlElement

from .models import Block, Credit, ExtractionMethod

__all__ = ["Draft", "ImageDraft", "drop_blocks"]


@dataclass(slots=True)
class ImageDraft:
    """An image as found on the page, before its caption and credit are split."""

    src: str | None
    alt: str | None = None
    caption: str | None = None
    """Caption text as written, possibly with the credit still inside."""
    credit: str | None = None
    """Credit text when the page marks it separately from the caption."""
    position: int | None = None
    """Index of the body block that follows the image."""
    element: HtmlElement | None = field(default=None, repr=False, compare=False)
    """The ``<img>`` in the page tree, when known: used to place the image among the body blocks."""
    shown_again: bool = False
    """The picture of an earlier draft (same ``src``) shown again with a caption of its own: a second
    image, not a copy to merge (the lead picture again in a gallery)."""


@dataclass(slots=True)
class Draft:
    """Raw findings of one extraction path."""

    method: ExtractionMethod
    plugin: str | None = None
    layout: str | None = None
    headline: str | None = None
    summary: str | None = None
    blocks: list[Block] = field(default_factory=list)
    images: list[ImageDraft] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    """Byline and credit lines as written ("By Tan Yingzi in Chongqing", "责任编辑：张三")."""
    authors: list[str] = field(default_factory=list)
    """Author names already clean (from structured metadata)."""
    credits: list[Credit] = field(default_factory=list)
    """Credits a layout already knows as typed values (a WeChat article's account as its source)."""
    published: list[str] = field(default_factory=list)
    """Candidate publication date strings, best first."""
    shown_published: list[str] = field(default_factory=list)
    """Dates the page shows, when the declared one is a bare day: the same day with its time refines it."""
    updated: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    declared_language: str | None = None
    """The page's own language declaration (html lang, og:locale), if any."""
    timezone: str | None = None
    """IANA name of the zone for times the page writes without an offset (the site's ``TIMEZONE``,
    Asia/Shanghai on Chinese domains and pages); None leaves such times naive."""
    site_name: str | None = None
    warnings: list[str] = field(default_factory=list)
    title_lines: list[str] = field(default_factory=list)
    """A text dump's title-like lines above its body, nearest first (``headline`` is the first): the pipeline
    passes over a date line among them (:func:`cqnews.body_head.title_above_date_lines`)."""
    head_bylines: int = 0
    """How many of ``bylines`` a text dump writes above its body, under the headline: each names the article's
    writers ("By Anna Roe" then "By Tom Reed"), as a related story's byline further down does not."""


def drop_blocks(
    blocks: Sequence[Block], images: Sequence[ImageDraft], drop: Sequence[bool]
) -> tuple[list[Block], list[ImageDraft], list[int]]:
    """Remove the blocks marked in ``drop`` and keep every image's ``position`` pointing at the same block.

    Returns the new blocks, copies of the images with re-indexed positions, and the index map:
    ``kept_before[i]`` is the new index of old block ``i`` (or of the next kept block), with
    ``kept_before[len(blocks)] == len(new blocks)``. The inputs are not modified.
    """
    kept_before: list[int] = []
    body: list[Block] = []
    for block, gone in zip(blocks, drop, strict=False):
        kept_before.append(len(body))
        if not gone:
            body.append(block)
    kept_before.append(len(body))
    last = len(blocks)
    moved = [
        image if image.position is None else replace(image, position=kept_before[min(max(image.position, 0), last)])
        for image in images
    ]
    return body, moved, kept_before
