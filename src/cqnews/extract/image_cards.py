"""Cards: a picture that stands for another page, not the article's own.

A teaser card's picture sits in a link to another story with its headline (:func:`card_link`,
:func:`links_elsewhere`), or in an ``<article>`` element whose linked headline leads to another story
(:func:`teaser_article`: ``<article><picture><img></picture><h3><a href="/other-story">…</a></h3></article>``; a
list of such cards under a story shows other stories, while the article itself has a headline that links
nowhere, or much more text than a card). A shopping card's picture is of a product, named by the card's
title (:func:`product_card`, :func:`card_title`).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ..credit_text.photo import split_photo_credit
from ..lexicon.punctuation_zh import SENTENCE_END_MARKS
from ..text import normalize_space
from .image_caption_elements import CAPTION_SKIP_TAGS, is_credit_el
from .image_caption_text import caption_text
from .image_tree import CAMEL, MAX_CAPTION_NODES, WORD_SPLIT, ancestors, is_element

__all__ = [
    "card_link",
    "card_title",
    "links_elsewhere",
    "product_card",
    "teaser_article",
    "title_caption",
    "viewer_title",
]


_IMAGE_HREF = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:$|[?#])", re.IGNORECASE)


# Attributes and class words of a link that opens the picture itself in a viewer (lightbox, zoom),
# whatever its href looks like ("//lh3.googleusercontent.com/…=s1200" has no file extension).
_VIEWER_ATTRS = ("data-lightbox", "data-fancybox", "data-pswp-src", "data-gallery", "data-featherlight")


_VIEWER_CLASS = re.compile(r"lightbox|fancybox|photoswipe|featherlight|zoom|enlarge", re.IGNORECASE)


def _opens_picture(link: HtmlElement) -> bool:
    """A link to the picture: an image file, or a lightbox/zoom viewer."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#") or _IMAGE_HREF.search(href):
        return True
    if any(link.get(attr) is not None for attr in _VIEWER_ATTRS):
        return True
    return bool(_VIEWER_CLASS.search(f"{link.get('class') or ''} {link.get('rel') or ''}"))


# The caption a picture viewer shows under the enlarged picture (lightbox2's ``data-title``), on the link that opens
# the picture or on the ``<img>`` itself; on any other link it is the headline of a teaser card, no caption.
_VIEWER_TITLE = "data-title"


def viewer_title(img: HtmlElement) -> str | None:
    """The viewer caption of ``img``: ``<a href="big.jpg" data-lightbox="set" data-title="The ferry …"><img></a>``."""
    holders = [img, *(anc for anc in ancestors(img, 2) if anc.tag == "a" and _opens_picture(anc))]
    for holder in holders:
        text = normalize_space(holder.get(_VIEWER_TITLE) or "")
        if text and len(text) <= 1500 and "<" not in text and not text.startswith(("{", "http", "/")):
            return text
    return None


# What may close an <img title>'s sentence after its stop (SENTENCE_END_MARKS): a closing quote or bracket.
_CLOSERS = "\"”’)）"
_TITLE_MAX = 1500
_TITLE_MIN_WORDS = 4
_TITLE_MIN_HAN = 10


def title_caption(img: HtmlElement, strict: bool = False) -> str | None:
    """The ``title`` of an ``<img>``, or of the link around it that opens the picture (as a viewer's ``data-title``),
    as its caption when nothing shown gave one: only a sentence (four words or more, or ten Han characters, ending in a
    stop; a credit may close it, read by the caption's split), not a file name or a label ("market-hall-1280",
    "Photo"), not the alt written again (an accessibility description, as every page's alt is) and not the page's
    headline. None for a ``strict`` candidate (a picture out of the article's text, which a caption alone would
    keep)."""
    links = (anc for anc in ancestors(img, 2) if anc.tag == "a" and _opens_picture(anc))
    text = "" if strict else normalize_space(img.get("title") or next(links, img).get("title") or "")
    if not text or len(text) > _TITLE_MAX or "<" in text or text.startswith(("{", "http", "/")):
        return None
    said = split_photo_credit(text)[0] or ""  # (a credit may close the sentence: "… on Saturday. Photo: Tom Reyes")
    end = said.rstrip(_CLOSERS)
    if not end or end[-1] not in SENTENCE_END_MARKS or (said[0].isalpha() and said[0].islower()):
        return None
    han = sum(1 for c in said if "\u4e00" <= c <= "\u9fff")
    if len(said.split()) < _TITLE_MIN_WORDS and han < _TITLE_MIN_HAN:
        return None
    if text == normalize_space(img.get("alt") or ""):
        return None
    return None if _headline_text(img, text) else text


def _headline_text(img: HtmlElement, text: str) -> bool:
    """``text`` is the page's headline: the ``<title>`` or the first ``<h1>`` holds it (without its stop)."""
    root = img.getroottree().getroot()
    said = text.rstrip(SENTENCE_END_MARKS + _CLOSERS).casefold()
    page_title = normalize_space(root.findtext(".//title") or "").casefold()
    h1 = next(root.iter("h1"), None)
    heading = normalize_space(h1.text_content()).casefold() if h1 is not None else ""
    return bool(said) and (said in page_title or said in heading)


def card_link(img: HtmlElement) -> HtmlElement | None:
    """The link around the image when it also holds text (a headline): a teaser card.

    A photo credit inside the link ("Photograph: REI" on a shop link) is not a headline.
    """
    for anc in ancestors(img, 3):
        if anc.tag == "a":
            return anc if _text_beside_credits(anc) else None
    return None


def _text_beside_credits(el: HtmlElement) -> bool:
    """``el`` holds text outside its credit elements (bounded walk)."""
    if (el.text or "").strip():
        return True
    for count, child in enumerate(el):
        if count > MAX_CAPTION_NODES:
            return True
        if (child.tail or "").strip():
            return True
        if not is_element(child) or child.tag in CAPTION_SKIP_TAGS or is_credit_el(child):
            continue
        if any((t or "").strip() for t in child.itertext()):
            return True
    return False


# Shopping cards in buying guides ("product-embed", "product-card"): the picture is of the product,
# the card's name element ("ProductEmbedHed", "product-card__title", a heading) says which.
_PRODUCT_CARD = re.compile(r"(?:^|\s)product[-_]?(?:embed|card|box|module|tile)(?:\s|$)", re.IGNORECASE)


_CARD_TITLE_PARTS = frozenset(("hed", "title", "name", "heading"))


_CARD_TITLE_TAGS = frozenset(("h2", "h3", "h4", "h5"))


_MAX_CARD_TITLE = 200


def product_card(img: HtmlElement) -> HtmlElement | None:
    """The shopping card around the image, if any (a few levels up)."""
    for anc in ancestors(img, 6):
        if _PRODUCT_CARD.search(anc.get("class") or ""):
            return anc
    return None


def card_title(card: HtmlElement) -> str | None:
    """The product name of a shopping card: its first heading or name/title-classed element."""
    for count, node in enumerate(card.iterdescendants()):
        if count > MAX_CAPTION_NODES:
            break
        if not is_element(node):
            continue
        parts = WORD_SPLIT.split(CAMEL.sub(" ", node.get("class") or "").lower())
        if node.tag in _CARD_TITLE_TAGS or any(p in _CARD_TITLE_PARTS for p in parts):
            text = caption_text(node)
            if 0 < len(text) <= _MAX_CARD_TITLE:
                return text
    return None


def links_elsewhere(img: HtmlElement) -> bool:
    """True when a link close around the image leads to another page (a teaser), not to the picture."""
    for anc in ancestors(img, 3):
        if anc.tag == "a":
            return not _opens_picture(anc)
    return False


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5"))
_MAX_TEASER_TEXT = 400  # characters: a card's headline, kicker, summary line and labels
_MAX_TEASER_NODES = 120  # elements: a card is small; an article element with more is read no further


def teaser_article(el: HtmlElement) -> bool:
    """``el`` is an ``<article>`` holding little text and a headline whose link leads to another page."""
    if el.tag != "article":
        return False
    linked = False
    text = len((el.text or "").strip())
    for count, node in enumerate(el.iterdescendants()):
        if count > _MAX_TEASER_NODES:
            return False
        if not is_element(node):
            continue
        text += len((node.text or "").strip()) + len((node.tail or "").strip())
        if text > _MAX_TEASER_TEXT:
            return False
        if node.tag in _HEADINGS:
            linked = linked or _links_elsewhere(node)
    return linked


def _links_elsewhere(heading: HtmlElement) -> bool:
    """The heading is, or holds, a link to a page (not an anchor on this one)."""
    links = [heading] if heading.tag == "a" else list(heading.iter("a"))
    parent = heading.getparent()
    if parent is not None and parent.tag == "a":
        links.append(parent)
    return any((a.get("href") or "").strip()[:1] not in ("", "#") for a in links)
