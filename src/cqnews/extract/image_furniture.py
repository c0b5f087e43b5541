"""What is not an article picture: images in page furniture (navigation, footers, sidebars, related-article
lists, share bars, author boxes, ads), logos, avatars and teaser cards whose link leads to another page.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .image_cards import card_link, card_title, links_elsewhere, product_card, teaser_article
from .image_tree import (
    ARTICLE_TAGS,
    CAMEL,
    WORD_SPLIT,
    ancestors,
    class_id,
    enclosing_figure,
)

__all__ = ["Scope", "card_link", "card_title", "links_elsewhere", "product_card", "qualify"]


# Class/id words (split at spaces, dashes, underscores and camelCase) that mark page furniture.
_FURNITURE_PARTS = frozenset(
    (
        "related",
        "recommended",
        "recommendation",
        "recommendations",
        "recirc",
        "promo",
        "promotion",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "adslot",
        "dfp",
        "sponsor",
        "sponsored",
        "social",
        "share",
        "sharing",
        "sharebar",
        "avatar",
        "author",
        "authors",
        "byline",
        "bylines",
        "logo",
        "icon",
        "icons",
        "sidebar",
        "newsletter",
        "comment",
        "comments",
        "footer",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "trending",
        "popular",
        "mostread",
        "outbrain",
        "taboola",
        "teaser",
        "teasers",
        "subscribe",
        "signup",
        "breadcrumb",
        "breadcrumbs",
        "gravatar",
        "emoji",
        "masthead",
        "topbar",
        "toolbar",
        "headshot",
        "profile",
        "bio",
        "skyscraper",
        "leaderboard",
        "cookie",
        "consent",
        "thumb",
    )
)


_FURNITURE_SUBSTRINGS = (
    "related",
    "recommend",
    "outbrain",
    "taboola",
    "newsletter",
    "advert",
    "sponsor",
    "trending",
    "readmore",
    "read-more",
    "most-read",
    "mostread",
    "more-stories",
    "morestories",
    "you-may-like",
    "author-image",
    "authorimage",
    "social-",
    "share-bar",
    "sharebar",
    # a carousel script's copies of its slides, made for an endless loop (the slide itself is shown elsewhere)
    "slick-cloned",
    "swiper-slide-duplicate",
)


# Class tokens that say what a wrapper has or does, not what it is.
_STATE_PREFIXES = ("has-", "has_", "with-", "without-", "without_", "no-", "is-", "show-", "hide-")


_STATE_SUFFIXES = ("-enabled", "_enabled", "-disabled", "_disabled", "-open", "-active")


_ARTICLE_PARTS = frozenset(("article", "post", "story", "content", "entry", "body"))


_STRONG_PARTS = frozenset(
    (
        "related",
        "recommended",
        "recommendations",
        "promo",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "sponsor",
        "sponsored",
        "social",
        "share",
        "sharing",
        "newsletter",
        "comment",
        "comments",
        "teaser",
        "teasers",
        "outbrain",
        "taboola",
        "trending",
        "popular",
        "nav",
        "menu",
    )
)


# Words in an <img>'s own class that make it furniture.
_IMG_FURNITURE_PARTS = frozenset(
    (
        "logo",
        "icon",
        "icons",
        "avatar",
        "emoji",
        "ad",
        "ads",
        "advert",
        "sprite",
        "gravatar",
        "headshot",
        "author",
        "badge",
        "pixel",
        "tracking",
        "spinner",
        "loader",
    )
)


# A class token with one of these is page layout ("sidebar-grid__container"), not furniture.
_LAYOUT_PARTS = frozenset(("grid", "layout", "container", "wrapper", "page", "col", "column", "row", "cols"))


# aria-hidden on these only hides a duplicate of what screen readers get elsewhere (an image link
# beside the same link in text, a decorative wrapper): the picture itself is still shown.
_ARIA_HIDDEN_OK = frozenset(("figure", "div", "span", "picture", "a"))


_FURNITURE_TAGS = frozenset(("nav", "footer", "aside", "form", "select", "template"))


_BODY_HINTS = (
    "articlebody",
    "article-body",
    "article__body",
    "entry-content",
    "post-content",
    "story-body",
    "article-content",
    "storycontent",
    "story-content",
    "post-body",
    "content-body",
)


# A gallery's own thumbnails: "icon"/"thumb" beside "gallery" in one class token name a picture of the gallery.
_GALLERY_PART = "gallery"
_THUMB_PARTS = frozenset(("icon", "icons", "thumb"))


_FURNITURE_SUBSTRING = re.compile("|".join(re.escape(s) for s in _FURNITURE_SUBSTRINGS))
_BODY_HINT = re.compile("|".join(re.escape(h) for h in _BODY_HINTS))


def _is_furniture_class(value: str) -> bool:
    if not value.strip():
        return False
    low = value.lower()
    if _FURNITURE_SUBSTRING.search(low):
        return True
    if "hentry" in low or "type-post" in low or "status-publish" in low:
        return False  # the WordPress post wrapper (its post_class() lists tags, categories, "author" words)
    for token in CAMEL.sub(" ", value).lower().split():
        if _furniture_token(token):
            return True
    return False


def _furniture_token(token: str) -> bool:
    """Does one lower-case class or id word mark page furniture ("share-bar", "related-links"): a furniture part in
    it, and no state modifier, layout part, lead picture, gallery picture or article word with only weak parts?"""
    if token.startswith(_STATE_PREFIXES) or token.endswith(_STATE_SUFFIXES):
        return False  # state modifiers: "has-sidebar", "with-share-bar", "comments-enabled"
    parts = WORD_SPLIT.split(token)
    hits = [p for p in parts if p in _FURNITURE_PARTS]
    if not hits or any(p in _LAYOUT_PARTS for p in parts):
        return False
    if hits == ["teaser"] and any(p in _MEDIA_PARTS for p in parts):
        return False  # "teaser-image", "teaser__media": the article's own lead picture (German "Teaserbild")
    if _GALLERY_PART in parts and _THUMB_PARTS.issuperset(hits):
        return False  # "gallery-icon", "gallery-thumb": a picture of the article's gallery (WordPress's gallery markup)
    # "article-author-ruler", "story-footer-share" keep only strong words
    return not (any(p in _ARTICLE_PARTS for p in parts) and not any(h in _STRONG_PARTS for h in hits))


class Scope:
    """Per-call caches: furniture, body and video verdicts for ancestors, furniture verdicts per class string.

    ``container``, the element holding the article's text, and its ancestors are never furniture: a
    wrapper classed ``l-sidebar-fixed`` (a layout with a sidebar) that holds the text holds the article's
    lead picture too.
    """

    def __init__(self, container: HtmlElement | None = None) -> None:
        self.furniture: dict[HtmlElement, bool] = (
            {} if container is None else dict.fromkeys([container, *container.iterancestors()], False)
        )
        self.body: dict[HtmlElement, bool] = {}
        self.video: dict[HtmlElement, bool] = {}
        self.classes: dict[str, bool] = {}

    def furniture_class(self, value: str) -> bool:
        """:func:`_is_furniture_class`, judged once per class/id string (list items repeat theirs)."""
        verdict = self.classes.get(value)
        if verdict is None:
            verdict = self.classes[value] = _is_furniture_class(value)
        return verdict

    def video_marked(self, el: HtmlElement) -> bool:
        """:func:`video_marked`, judged once per element."""
        verdict = self.video.get(el)
        if verdict is None:
            verdict = self.video[el] = video_marked(el)
        return verdict

    def is_body(self, el: HtmlElement) -> bool:
        """An element that holds an article body (itemprop=articleBody, entry-content, article-body …)."""
        verdict = self.body.get(el)
        if verdict is None:
            cls = class_id(el).lower().replace("_", "-")
            verdict = (el.get("itemprop") or "").lower() == "articlebody" or _BODY_HINT.search(cls) is not None
            self.body[el] = verdict
        return verdict

    def is_furniture(self, el: HtmlElement) -> bool:
        verdict = self.furniture.get(el)
        if verdict is None:
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag == "aside" and _MEDIA_CLASS.search(class_id(el)):
                tag = "div"  # <aside class="image wide"> holds a figure in some bodies
            verdict = (
                tag in _FURNITURE_TAGS
                or self.furniture_class(class_id(el))
                or ((el.get("role") or "") in ("navigation", "banner", "contentinfo", "complementary"))
                or (el.get("aria-hidden") == "true" and tag not in _ARIA_HIDDEN_OK)
                or (tag == "article" and teaser_article(el))
            )
            self.furniture[el] = verdict
        return verdict


def qualify(img: HtmlElement, scope: Scope, container: HtmlElement | None, outer: HtmlElement | None) -> bool | None:
    """None: not an article image. False: keep. True: keep only with a figure or caption."""
    own = WORD_SPLIT.split(CAMEL.sub(" ", class_id(img)).lower())
    if any(p in _IMG_FURNITURE_PARTS for p in own) or _presentation_only(img):
        return None
    place = _place(img, scope, container, outer)  # first: most pictures that are not the article's stop here
    if place is None or _author_link(img) or (_video_player(img, scope) and not _captioned_figure(img)):
        return None
    in_article, in_container = place
    teaser = links_elsewhere(img)
    if container is not None:
        return teaser or not in_container
    if in_article:
        return teaser
    return True  # outside any article element: kept only with a figure or a caption


_AUTHOR_HREF = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autores?|journalist(?:en)?|redakteur(?:e|in)?|profile?s?)/", re.IGNORECASE
)
_VIDEO_ATTRS = ("data-video-id", "data-video-type", "data-player-id", "data-videoid", "data-video")
_VIDEO_PARTS = frozenset(("video", "videos", "player", "videoplayer", "jwplayer", "brightcove", "kaltura"))
_VIDEO_LEVELS = 6


def _author_link(img: HtmlElement) -> bool:
    """An author's picture: the image sits in a link to the author (``rel=author`` or an author page)."""
    for anc in ancestors(img, 3):
        if anc.tag == "a":
            return "author" in (anc.get("rel") or "").lower() or bool(_AUTHOR_HREF.search(anc.get("href") or ""))
    return False


def _video_player(img: HtmlElement, scope: Scope) -> bool:
    """The poster of a video player or video teaser: a close ancestor declares a video or is classed as one."""
    for anc in ancestors(img, _VIDEO_LEVELS):
        if anc.tag in ("video", "body", "article", "main"):
            return bool(anc.tag == "video")
        if scope.video_marked(anc):
            return True
    return False


_VIDEO_ATTR_SET = frozenset(_VIDEO_ATTRS)
# Every word of _VIDEO_PARTS holds one of these: a class string without any of them (nearly all) names no player.
_VIDEO_HINTS = ("video", "player", "brightcove", "kaltura")


def video_marked(el: HtmlElement) -> bool:
    """``el`` declares a video (``data-video-id`` …) or is classed as a video player."""
    if not _VIDEO_ATTR_SET.isdisjoint(el.keys()):
        return True
    cls = el.get("class")
    if cls is None:
        return False
    lowered = cls.lower()  # (a word of a token is a run of the lower-cased string: no hint in it, no video word)
    if not any(hint in lowered for hint in _VIDEO_HINTS):
        return False
    return any(_video_token(token) for token in CAMEL.sub(" ", cls).lower().split())


def _presentation_only(img: HtmlElement) -> bool:
    """role="presentation" marks a decorative image, except in a ``<figure>`` with a ``<figcaption>``: Medium
    writes it on every picture of a story, and a caption says the picture is content."""
    return img.get("role") == "presentation" and not _captioned_figure(img)


def _captioned_figure(img: HtmlElement) -> bool:
    """The image stands in a ``<figure>`` with a ``<figcaption>`` (a video the article presents, not a teaser)."""
    figure = enclosing_figure(img)
    return figure is not None and next(figure.iter("figcaption"), None) is not None


def _video_token(token: str) -> bool:
    """A class token naming a video player ("video-player", "jwplayer"), not "aspect-video" (a ratio utility)
    nor "article-image-video" (a wrapper for either)."""
    if token.startswith("aspect-"):
        return False
    parts = WORD_SPLIT.split(token)
    return any(p in _VIDEO_PARTS for p in parts) and not any(p in _MEDIA_PARTS for p in parts)


def _place(
    img: HtmlElement, scope: Scope, container: HtmlElement | None, outer: HtmlElement | None
) -> tuple[bool, bool] | None:
    """(inside an article element, inside the container) from one walk up; None in furniture or a page header."""
    in_article = False
    in_container = container is None
    header_seen = False
    in_body = False  # inside the article body: the wrappers around it are page layout, not furniture
    for anc in img.iterancestors():
        in_container = in_container or anc is container
        tag = anc.tag
        if tag in ("body", "html"):
            break
        in_article = in_article or tag in ARTICLE_TAGS
        header_seen = header_seen or tag == "header"
        if not in_container and anc is outer:
            break
        if not in_body:  # (above the body, neither verdict is read again: in_body sets in_article too)
            if scope.is_furniture(anc):
                return None
            if scope.is_body(anc):
                in_body = in_article = True
    if header_seen and not in_article:
        return None
    return in_article, in_container


_MEDIA_PARTS = frozenset(("image", "img", "photo", "picture", "media", "figure", "bild", "foto"))
_MEDIA_CLASS = re.compile(r"image|img|photo|figure|picture|media|gallery|caption", re.IGNORECASE)
