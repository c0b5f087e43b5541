"""Find the article's own images in a document tree, with their captions and credits as written.

:func:`find_images` walks the candidate elements once, in document order. An ``<img>`` (or
``<amp-img>``) becomes an :class:`~cqnews.draft.ImageDraft` unless it sits in page furniture
(navigation, footers, sidebars, related-article lists, share bars, author boxes, ads) or is an
icon, logo, avatar or tracking pixel. A caption element met after an image (``<figcaption>``,
WordPress ``wp-caption-text``, any element whose class mentions "caption", a table cell next to the
image) is attached to that image when the two are close in the tree; credit elements inside the
caption (class mentions credit, copyright, byline, source; ``<cite>``; itemprop copyrightHolder) are
kept apart in ``ImageDraft.credit``. Per image the work is bounded by the tree depth, never a
whole-tree search.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ..draft import ImageDraft
from ..text import normalize_space
from ..urls import join_url

__all__ = ["best_src", "caption_text", "find_images"]


# Class/id words (split at spaces, dashes, underscores and camelCase) that mark page furniture.
_FURNITURE_PARTS = frozenset(
    (
        "related", "recommended", "recommendation", "recommendations", "recirc", "promo", "promotion", "advert",
        "advertisement", "ad", "ads", "adslot", "dfp", "sponsor", "sponsored", "social", "share", "sharing",
        "sharebar", "avatar", "author", "authors", "byline", "bylines", "logo", "icon", "icons", "sidebar",
        "newsletter", "comment", "comments", "footer", "nav", "navbar", "navigation", "menu", "trending",
        "popular", "mostread", "outbrain", "taboola", "teaser", "teasers", "subscribe", "signup",
        "breadcrumb", "breadcrumbs", "gravatar", "emoji", "masthead", "topbar", "toolbar", "headshot",
        "profile", "bio", "skyscraper", "leaderboard", "cookie", "consent", "thumb",
    )
)
_FURNITURE_SUBSTRINGS = ("related", "recommend", "outbrain", "taboola", "newsletter", "advert", "sponsor", "trending",
                         "readmore", "read-more", "most-read", "mostread", "more-stories", "morestories", "you-may-like",
                         "author-image", "authorimage", "social-", "share-bar", "sharebar")
# Class tokens that say what a wrapper has or does, not what it is.
_STATE_PREFIXES = ("has-", "has_", "with-", "no-", "is-", "show-", "hide-")
_STATE_SUFFIXES = ("-enabled", "_enabled", "-disabled", "_disabled", "-open", "-active")
_ARTICLE_PARTS = frozenset(("article", "post", "story", "content", "entry", "body"))
_STRONG_PARTS = frozenset(("related", "recommended", "recommendations", "promo", "ad", "ads", "advert", "advertisement",
                           "sponsor", "sponsored", "social", "share", "sharing", "newsletter", "comment", "comments",
                           "teaser", "teasers", "outbrain", "taboola", "trending", "popular", "nav", "menu"))
# Words in an <img>'s own class that make it furniture.
_IMG_FURNITURE_PARTS = frozenset(
    ("logo", "icon", "icons", "avatar", "emoji", "ad", "ads", "advert", "sprite", "gravatar", "headshot", "author",
     "badge", "pixel", "tracking", "spinner", "loader")
)
# A class token with one of these is page layout ("sidebar-grid__container"), not furniture.
_LAYOUT_PARTS = frozenset(("grid", "layout", "container", "wrapper", "page", "col", "column", "row", "cols"))
# aria-hidden on these only hides a duplicate of what screen readers get elsewhere (an image link
# beside the same link in text, a decorative wrapper): the picture itself is still shown.
_ARIA_HIDDEN_OK = frozenset(("figure", "div", "span", "picture", "a"))
_FURNITURE_TAGS = frozenset(("nav", "footer", "aside", "form", "select", "template"))
_ARTICLE_TAGS = frozenset(("article", "main"))
_BODY_HINTS = ("articlebody", "article-body", "article__body", "entry-content", "post-content", "story-body",
               "article-content", "storycontent", "story-content", "post-body", "content-body")
_BAD_SRC = re.compile(
    r"(?:^|[/_\-.=])(?:spacer|1x1|ads?|doubleclick|tracking|tracker|beacon|logos?|avatars?|gravatar|icons?|favicon|"
    r"sprites?|emojis?|badges?|banners?|newsletters?|promos?|placeholder|lazyload)(?:[/_\-.]|$)"
    r"|(?:^|/)(?:pixel|blank|transparent|loading|grey|gray|clear)\.(?:gif|png)$",
    re.IGNORECASE,
)
_PLACEHOLDER_SRC = re.compile(r"(?:^data:|placeholder|blank\.|spacer|transparent|lazy|loading|grey\.gif|gray\.gif|1x1)", re.I)
_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "data-hi-res-src",
               "data-full-src", "data-orig-file", "data-large-file", "data-medium-file", "data-srcset-fallback",
               "data-img-src", "data-image", "data-echo", "data-pagespeed-lazy-src", "lazy-src", "original-src")
# src values that name no picture (the real one is set by a script): they resolve to the page or the site.
_NO_SRC = frozenset(("/", "#", "./", "about:blank"))
_SRCSET_ATTRS = ("srcset", "data-srcset", "data-lazy-srcset", "data-src-set")
_CREDIT_PARTS = ("credit", "copyright", "byline", "photographer", "distributor", "source", "courtesy", "attribution")
_CAPTION_SKIP_TAGS = frozenset(("svg", "script", "style", "button", "noscript", "input", "label", "template", "select"))
_MIN_SIDE = 80
# A text that starts like a credit ("Image Credits:", "Photo:", "©").
_CREDIT_START = re.compile(r"^\s*(?:©|\(c\)|copyright\b|(?:image|photo|picture)s?\s+credits?\s*:|(?:photo|picture|image)s?\s*[:/]|credits?\s*:)", re.IGNORECASE)
_NEAR_LEVELS = 5
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[\s_\-]+")
_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)([wxh])$")


def _class_id(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _is_furniture_class(value: str) -> bool:
    if not value.strip():
        return False
    low = value.lower()
    if any(s in low for s in _FURNITURE_SUBSTRINGS):
        return True
    if "hentry" in low or "type-post" in low or "status-publish" in low:
        return False  # the WordPress post wrapper (its post_class() lists tags, categories, "author" words)
    for token in _CAMEL.sub(" ", value).lower().split():
        if token.startswith(_STATE_PREFIXES) or token.endswith(_STATE_SUFFIXES):
            continue  # state modifiers: "has-sidebar", "with-share-bar", "comments-enabled"
        parts = _SPLIT.split(token)
        hits = [p for p in parts if p in _FURNITURE_PARTS]
        if not hits or any(p in _LAYOUT_PARTS for p in parts):
            continue
        if any(p in _ARTICLE_PARTS for p in parts) and not any(h in _STRONG_PARTS for h in hits):
            continue  # "article-author-ruler", "story-footer-share" keep only strong words
        return True
    return False


def _has_class_word(el: HtmlElement, word: str) -> bool:
    return word in (el.get("class") or "").lower()


def _is_credit_el(el: HtmlElement) -> bool:
    if el.tag == "cite":
        return True
    itemprop = (el.get("itemprop") or "").lower()
    if "copyrightholder" in itemprop or "credittext" in itemprop or itemprop == "author":
        return True
    cls = (el.get("class") or "").lower()
    if not any(part in cls for part in _CREDIT_PARTS):
        return False
    if "caption" in cls:
        # "image-source-caption" wraps caption and credit; "caption__credit" is the credit itself
        for count, node in enumerate(el.iterdescendants()):
            if count > _MAX_CAPTION_NODES or (_is_element(node) and _is_caption_el(node)):
                return False
        return True
    return True


def _is_standalone_credit(el: HtmlElement) -> bool:
    """A credit element outside any caption: only explicit credit/copyright markers (not bylines)."""
    itemprop = (el.get("itemprop") or "").lower()
    if "copyrightholder" in itemprop or "credittext" in itemprop:
        return True
    cls = (el.get("class") or "").lower()
    return any(p in cls for p in ("credit", "copyright", "photographer")) and _is_credit_el(el)


def _may_caption(el: HtmlElement) -> bool:
    """Cheap pre-check: only a figcaption, a cite, or an element with a class or itemprop can be a caption or credit."""
    return el.tag in ("figcaption", "cite") or el.get("class") is not None or el.get("itemprop") is not None


def _is_caption_el(el: HtmlElement) -> bool:
    if el.tag == "figcaption":
        return True
    if "caption" in (el.get("itemprop") or "").lower():
        return True
    cls = (el.get("class") or "").lower()
    if "caption" in cls:
        return not any(bad in cls for bad in ("drawer", "video-caption", "caption-header", "captionheader"))
    return False


# Link and toggle labels inside captions ("more >", "Expand", "Show less"): controls, not caption text.
_CONTROL_TEXT = re.compile(
    r"^\s*(?:\.{3}|…)?\s*(?:(?:read|see|show|view)\s+)?(?:more|less|expand|collapse|close|hide|enlarge|full\s+screen)"
    r"\s*(?:[>»›+]|&gt;)?\s*$",
    re.IGNORECASE,
)


# Caption parts not shown as caption text: screen-reader labels ("Image:" before the caption) and the
# shortened copy of a caption that also has its full text ("caption-full" + "caption-truncated").
_HIDDEN_CLASS = re.compile(r"visually-?hidden|sr-only|screen-?reader|truncated", re.IGNORECASE)


def _is_control(el: HtmlElement) -> bool:
    """A part of a caption that is not caption text: a control label ("more >") or a hidden copy/label."""
    if _HIDDEN_CLASS.search(el.get("class") or ""):
        return True
    if el.tag not in ("a", "span", "button") or len(el) > 2:
        return False
    text = el.text_content()
    return len(text) <= 24 and bool(_CONTROL_TEXT.match(text))


def caption_text(el: HtmlElement, credits: list[str] | None = None) -> str:
    """Text of ``el`` without scripts, icons and buttons; credit sub-elements go to ``credits``.

    When ``credits`` is None the credit elements' text stays in the result.
    """
    out: list[str] = []

    def walk(node: HtmlElement, into: list[str]) -> None:
        if node.text and isinstance(node.tag, str):
            into.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in _CAPTION_SKIP_TAGS and not _is_control(child):
                if credits is not None and _is_credit_el(child):
                    sub: list[str] = []
                    walk(child, sub)
                    text = normalize_space("".join(sub))
                    if text:
                        credits.append(text)
                else:
                    walk(child, into)
            if child.tail:
                into.append(child.tail)

    walk(el, out)
    return normalize_space("".join(out))


def _parse_srcset(value: str) -> list[tuple[float, str]]:
    """(size, url) pairs of a srcset; width descriptors count as is, density ones times 1000."""
    out: list[tuple[float, str]] = []
    url: str | None = None
    for token in value.split():
        match = _DESCRIPTOR.match(token.rstrip(","))
        if match and url is not None:
            number, unit = float(match.group(1)), match.group(2)
            out.append((number * 1000 if unit == "x" else number, url))
            url = None
            continue
        if url is not None:
            out.append((0.0, url))
        url = token.rstrip(",")
        if token.endswith(","):
            out.append((0.0, url))
            url = None
    if url:
        out.append((0.0, url))
    return [(size, u) for size, u in out if u and not u.startswith("data:")]


def best_src(img: HtmlElement) -> str | None:
    """The largest variant among srcset, lazy-load attributes, <picture><source> and src."""
    candidates: list[tuple[float, str]] = []
    for attr in _SRCSET_ATTRS:
        value = img.get(attr)
        if value:
            candidates.extend(_parse_srcset(value))
    # <picture><source srcset=…><img></picture>; libxml2 nests the img inside non-void <source> elements.
    sources: list[HtmlElement] = []
    parent = img.getparent()
    while parent is not None and parent.tag == "source":
        sources.append(parent)
        parent = parent.getparent()
    if parent is not None and parent.tag == "picture":
        sources.extend(child for child in parent if child.tag == "source")
    for source in sources:
        for attr in _SRCSET_ATTRS:
            value = source.get(attr)
            if value:
                candidates.extend(_parse_srcset(value))
    sized = [c for c in candidates if c[0] > 0]
    if sized:
        return max(sized, key=lambda c: c[0])[1]
    for attr in _LAZY_ATTRS:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:") and not value.startswith("{"):
            return value
    src = (img.get("src") or "").strip()
    if src and src not in _NO_SRC and not _PLACEHOLDER_SRC.search(src):
        return src
    if candidates:
        return candidates[-1][1]
    return None


def _small(img: HtmlElement) -> bool:
    """Tracking pixels and icons by their width/height attributes.

    Small unequal pairs up to 32 ("16" x "9") are aspect-ratio hints, not sizes.
    """
    sizes = []
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        sizes.append(int(value) if value.isdigit() else None)
    known = [v for v in sizes if v is not None]
    if any(v <= 3 for v in known):
        return True
    if len(known) == 2:
        w, h = known
        if w < _MIN_SIDE and h < _MIN_SIDE:
            return w == h or max(w, h) > 32
        return False
    return bool(known) and known[0] < 40


class _Scope:
    """Per-call caches: furniture verdicts for ancestors."""

    def __init__(self) -> None:
        self.furniture: dict[HtmlElement, bool] = {}
        self.body: dict[HtmlElement, bool] = {}

    def is_body(self, el: HtmlElement) -> bool:
        """An element that holds an article body (itemprop=articleBody, entry-content, article-body …)."""
        verdict = self.body.get(el)
        if verdict is None:
            cls = _class_id(el).lower().replace("_", "-")
            verdict = (el.get("itemprop") or "").lower() == "articlebody" or any(h in cls for h in _BODY_HINTS)
            self.body[el] = verdict
        return verdict

    def is_furniture(self, el: HtmlElement) -> bool:
        verdict = self.furniture.get(el)
        if verdict is None:
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag == "aside" and _MEDIA_CLASS.search(_class_id(el)):
                tag = "div"  # <aside class="image wide"> holds a figure in some bodies
            verdict = tag in _FURNITURE_TAGS or _is_furniture_class(_class_id(el)) or (
                (el.get("role") or "") in ("navigation", "banner", "contentinfo", "complementary")
            ) or (el.get("aria-hidden") == "true" and tag not in _ARIA_HIDDEN_OK)
            self.furniture[el] = verdict
        return verdict


def find_images(root: HtmlElement, base_url: str | None, container: HtmlElement | None = None) -> list[ImageDraft]:
    """The article's own images in document order, with caption and credit text as written.

    ``root`` is the parsed page; ``base_url`` resolves relative sources; ``container`` is the
    element holding the article body when known. Without it the whole document is searched but
    strictly: images inside ``<article>``/``<main>``/a body-like element qualify; elsewhere only
    images in a ``<figure>`` or with a caption found next to them.
    With it, images inside the container qualify, and images before it inside its enclosing
    ``<article>``/``<main>`` qualify when they stand in a figure or have a caption (lead images).

    ``src`` is absolute (joined with ``base_url``) and the largest variant found (srcset,
    ``data-src``/``data-original``/``data-lazy-src`` …, ``<picture><source>``). ``caption`` keeps
    the credit when the page writes it inline; ``credit`` holds credit elements marked apart.
    ``position`` is left None.
    """
    scope = _Scope()
    walk_root = root
    outer: HtmlElement | None = None
    if container is not None:
        walk_root = container
        depth = 0
        for anc in container.iterancestors():
            depth += 1
            if depth > 8:
                break
            if anc.tag in _ARTICLE_TAGS:
                outer = anc
                break
        if outer is None:
            outer = _headline_wrapper(root, container)
        if outer is not None:
            walk_root = outer

    drafts: list[ImageDraft] = []
    elements: list[HtmlElement] = []  # the <img> behind each draft
    pending: int | None = None  # index of the last image still without caption
    consumed: set[HtmlElement] = set()
    seen_src: dict[str, int] = {}
    produced_parents: set[HtmlElement] = set()
    strict_extra: dict[int, bool] = {}  # draft index -> needs a figure/caption to be kept

    for el in walk_root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if el in consumed:
            continue
        if tag in ("img", "amp-img"):
            info = _qualify(el, scope, container, outer)
            if info is None:
                continue
            needs_caption = info
            if _small(el):
                continue
            src = best_src(el)
            if not src:
                continue
            src = join_url(base_url, src)
            if src.startswith("data:") or _BAD_SRC.search(src.split("?", 1)[0]):
                continue
            parent = el.getparent()
            if any(a.tag == "noscript" for a in _ancestors(el, 3)):
                if parent is not None and (parent in produced_parents or (parent.getparent() in produced_parents)):
                    continue
            key = _src_key(src)
            if key in seen_src:
                # the same picture again (another crop or a responsive copy): later captions still attach
                pending = seen_src[key]
                continue
            seen_src[key] = len(drafts)
            if parent is not None:
                produced_parents.add(parent)
            alt = normalize_space(el.get("alt") or "") or None
            drafts.append(ImageDraft(src=src, alt=alt, element=el))
            elements.append(el)
            strict_extra[len(drafts) - 1] = needs_caption
            pending = len(drafts) - 1
            # A <figure> caption written before the image: look back inside the figure.
            fig = _enclosing_figure(el)
            if fig is not None:
                for cap in fig.iter("figcaption"):
                    if cap not in consumed and _precedes(cap, el):
                        _attach(drafts[pending], cap, consumed)
                    break
            continue
        if pending is None or not _may_caption(el) or not (_is_caption_el(el) or _is_standalone_credit(el)):
            continue
        # A caption or credit element after an image: attach when close to it in the tree.
        img_el = elements[pending]
        if not _near(img_el, el):
            continue
        if scope.is_furniture(el) and not _is_caption_el(el):
            continue
        draft = drafts[pending]
        if draft.caption is None and draft.credit is None and _is_caption_el(el):
            _attach(draft, el, consumed)
        elif draft.credit is None:
            # a second caption element holding only the credit ("<figcaption>Image Credits: Strava")
            text = caption_text(el)
            if _credit_text_ok(text) and (_is_standalone_credit(el) or _CREDIT_START.match(text)):
                draft.credit = text
                _consume(el, consumed)

    for index, draft in enumerate(drafts):
        if draft.caption is None and draft.credit is None and not strict_extra.get(index):
            _sibling_caption(elements[index], draft, consumed)

    out: list[ImageDraft] = []
    for index, draft in enumerate(drafts):
        card = _product_card(elements[index])
        if card is not None and draft.caption is None:
            draft.caption = _card_title(card)
        if strict_extra.get(index):
            teaser = _links_elsewhere(elements[index])
            if not (draft.caption or draft.credit or (not teaser and _enclosing_figure(elements[index]) is not None)):
                continue
            if teaser and card is None and _card_link(elements[index]) is not None:
                continue  # a teaser card: the image and its "caption" (a headline) sit in one link
        out.append(draft)
    return out


_HEADLINE_LEVELS = 4


def _headline_wrapper(root: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The element holding both the ``<h1>`` and the body container, when it is close above the container.

    Pages without an ``<article>``/``<main>`` around the body (or whose body container *is* the
    ``<article>``) put the lead picture between headline and body: this wrapper is where to look.
    Only the first few ``<h1>`` are tried, each with a walk up its ancestors.
    """
    chain = _ancestors(container, _HEADLINE_LEVELS)
    if not chain:
        return None
    above = set(chain)
    for count, h1 in enumerate(root.iter("h1")):
        if count >= 3:
            break
        for anc in h1.iterancestors():
            if anc is container:
                break  # a headline inside the body container: its lead picture is inside too
            if anc in above:
                return anc if anc.tag not in ("body", "html") else None
    return None


def _ancestors(el: HtmlElement, limit: int) -> list[HtmlElement]:
    """Up to ``limit`` ancestors; <source>/<picture> wrappers do not count towards the limit."""
    out: list[HtmlElement] = []
    counted = 0
    for anc in el.iterancestors():
        out.append(anc)
        if anc.tag not in ("source", "picture"):
            counted += 1
            if counted >= limit:
                break
    return out


def _enclosing_figure(el: HtmlElement) -> HtmlElement | None:
    for anc in _ancestors(el, 5):
        if anc.tag == "figure":
            return anc
        cls = (anc.get("class") or "").lower()
        if "wp-caption" in cls or "wp-block-image" in cls:
            return anc
    return None


def _precedes(a: HtmlElement, b: HtmlElement) -> bool:
    """True if ``a`` comes before ``b`` among the descendants of their figure (small subtree)."""
    fig = _enclosing_figure(b)
    if fig is None:
        return False
    for count, node in enumerate(fig.iter()):
        if node is a:
            return True
        if node is b or count > _MAX_CAPTION_NODES:
            return False
    return False


def _near(img: HtmlElement, cap: HtmlElement) -> bool:
    chain = set(_ancestors(img, _NEAR_LEVELS))
    if not chain:
        return False
    for anc in _ancestors(cap, _NEAR_LEVELS):
        if anc in chain:
            return anc.tag not in ("body", "html")
    return False


def _consume(el: HtmlElement, consumed: set[HtmlElement]) -> None:
    consumed.update(el.iter())


_NOT_CREDIT = re.compile(r"rights\s+reserved|版权所有|\d{4}\s*[-年/.]\s*\d{1,2}|\d{1,2}:\d{2}", re.IGNORECASE)


def _credit_text_ok(text: str) -> bool:
    """A credit is short and is not a copyright footer or a date line."""
    return 0 < len(text) <= 120 and not _NOT_CREDIT.search(text)


_MAX_CAPTION_NODES = 300


def _small_caption(cap: HtmlElement) -> bool:
    """A caption element is a small subtree without pictures (not a page wrapper named "…caption…")."""
    for count, node in enumerate(cap.iterdescendants()):
        if count >= _MAX_CAPTION_NODES or node.tag in ("img", "picture", "video", "iframe", "article", "section"):
            return False
    return True


def _attach(draft: ImageDraft, cap: HtmlElement, consumed: set[HtmlElement]) -> None:
    if not _small_caption(cap):
        return
    credits: list[str] = []
    text = caption_text(cap, credits).strip(" -–—|/")
    if text and draft.caption is None and len(text) <= 1500:
        draft.caption = text
    if credits and draft.credit is None:
        parts = [c.strip(" /|") for c in dict.fromkeys(credits) if _credit_text_ok(c.strip(" /|"))]
        draft.credit = " / ".join(p for p in parts if p) or None
    _consume(cap, consumed)


def _qualify(img: HtmlElement, scope: _Scope, container: HtmlElement | None, outer: HtmlElement | None) -> bool | None:
    """None: not an article image. False: keep. True: keep only with a figure or caption."""
    own = _SPLIT.split(_CAMEL.sub(" ", _class_id(img)).lower())
    if any(p in _IMG_FURNITURE_PARTS for p in own) or img.get("role") == "presentation":
        return None
    in_article = False
    in_container = container is None
    header_seen = False
    for anc in img.iterancestors():
        if anc is container:
            in_container = True
        tag = anc.tag
        if tag in _ARTICLE_TAGS:
            in_article = True
        elif tag == "header":
            header_seen = True
        elif tag in ("body", "html"):
            break
        if not in_container and container is not None and anc is outer:
            break
        if scope.is_furniture(anc):
            return None
        if not in_article and scope.is_body(anc):
            in_article = True
    if header_seen and not in_article:
        return None
    teaser = _links_elsewhere(img)
    if container is not None:
        return teaser or not in_container
    if in_article:
        return teaser
    return True  # outside any article element: kept only with a figure or a caption


_MEDIA_CLASS = re.compile(r"image|img|photo|figure|picture|media|gallery|caption", re.IGNORECASE)
_TEXT_TAGS = frozenset(("p", "div", "span", "small", "em", "i", "cite", "figcaption", "strong", "b"))
_MAX_SIBLING_CAPTION = 400


_IMAGE_PATH = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp)$", re.IGNORECASE)


def _src_key(src: str) -> str:
    """Sources that differ only in their query (crop, width) name the same picture."""
    path = src.split("?", 1)[0].split("#", 1)[0]
    return path if _IMAGE_PATH.search(path) else src


def _is_element(el: HtmlElement) -> bool:
    return isinstance(el.tag, str)


def _is_empty(el: HtmlElement) -> bool:
    """No text and no media inside (spacer spans, empty overlays)."""
    if (el.text or "").strip() or len(el) > 8:
        return False
    for count, node in enumerate(el.iterdescendants()):
        if count > 50:
            return False
        if not _is_element(node):
            continue
        if node.tag in ("img", "picture", "video", "iframe") or (node.text or "").strip() or (node.tail or "").strip():
            return False
    return True


def _sibling_caption(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """Caption and credit written as plain text elements next to the image inside a small wrapper.

    ``<div><picture><img></picture><div>Caption</div><div>REUTERS</div></div>``: the wrapper holds the
    media element and one to three short text elements and nothing else.
    """
    media = img
    for _ in range(4):  # climb out of <source>/<picture>/<a>/<span> wrappers holding only the image
        parent = media.getparent()
        if parent is None or parent.tag not in ("source", "picture", "a", "span", "div"):
            break
        if sum(1 for c in parent if c is media or (_is_element(c) and c.tag != "source" and not _is_empty(c))) != 1:
            break
        media = parent
    wrapper = media.getparent()
    if wrapper is None or wrapper.tag in ("body", "article", "main", "section"):
        return
    children = [
        c for c in wrapper
        if c is media or (_is_element(c) and c.tag not in ("script", "style", "noscript", "br") and not _is_empty(c))
    ]
    if not 2 <= len(children) <= 4 or children[0] is not media:
        return
    texts: list[tuple[HtmlElement, str]] = []
    for child in children[1:]:
        if child.tag not in _TEXT_TAGS or child in consumed or any(
            True for _ in child.iter("img", "picture", "video", "a", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol")
        ):
            return
        text = caption_text(child)
        if not text:
            continue
        if len(text) > _MAX_SIBLING_CAPTION or len(list(child.iter("p"))) > 1:
            return
        texts.append((child, text))
    if not texts or len(texts) > 2:
        return
    caption_el, caption = texts[0]
    _attach(draft, caption_el, consumed)
    if len(texts) == 2 and draft.credit is None:
        credit_el, credit = texts[1]
        if len(credit.split()) <= 12 and _credit_text_ok(credit):
            draft.credit = credit
            _consume(credit_el, consumed)


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


def _card_link(img: HtmlElement) -> HtmlElement | None:
    """The link around the image when it also holds text (a headline): a teaser card.

    A photo credit inside the link ("Photograph: REI" on a shop link) is not a headline.
    """
    for anc in _ancestors(img, 3):
        if anc.tag == "a":
            return anc if _text_beside_credits(anc) else None
    return None


def _text_beside_credits(el: HtmlElement) -> bool:
    """``el`` holds text outside its credit elements (bounded walk)."""
    if (el.text or "").strip():
        return True
    for count, child in enumerate(el):
        if count > _MAX_CAPTION_NODES:
            return True
        if (child.tail or "").strip():
            return True
        if not _is_element(child) or child.tag in _CAPTION_SKIP_TAGS or _is_credit_el(child):
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


def _product_card(img: HtmlElement) -> HtmlElement | None:
    """The shopping card around the image, if any (a few levels up)."""
    for anc in _ancestors(img, 6):
        if _PRODUCT_CARD.search(anc.get("class") or ""):
            return anc
    return None


def _card_title(card: HtmlElement) -> str | None:
    """The product name of a shopping card: its first heading or name/title-classed element."""
    for count, node in enumerate(card.iterdescendants()):
        if count > _MAX_CAPTION_NODES:
            break
        if not _is_element(node):
            continue
        parts = _SPLIT.split(_CAMEL.sub(" ", node.get("class") or "").lower())
        if node.tag in _CARD_TITLE_TAGS or any(p in _CARD_TITLE_PARTS for p in parts):
            text = caption_text(node)
            if 0 < len(text) <= _MAX_CARD_TITLE:
                return text
    return None


def _links_elsewhere(img: HtmlElement) -> bool:
    """True when a link close around the image leads to another page (a teaser), not to the picture."""
    for anc in _ancestors(img, 3):
        if anc.tag == "a":
            return not _opens_picture(anc)
    return False
