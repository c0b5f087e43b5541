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
from urllib.parse import urljoin

from lxml import html as lxml_html

from ..draft import ImageDraft

__all__ = ["find_images", "element_text"]

HtmlElement = lxml_html.HtmlElement

# Class/id words (split at spaces, dashes, underscores and camelCase) that mark page furniture.
_FURNITURE_PARTS = frozenset(
    (
        "related", "recommended", "recommendation", "recommendations", "recirc", "promo", "promotion", "advert",
        "advertisement", "ad", "ads", "adslot", "dfp", "sponsor", "sponsored", "social", "share", "sharing",
        "sharebar", "avatar", "author", "authors", "byline", "bylines", "logo", "icon", "icons", "sidebar",
        "newsletter", "comment", "comments", "footer", "nav", "navbar", "navigation", "menu", "trending",
        "popular", "mostread", "outbrain", "taboola", "teaser", "teasers", "subscribe", "subscription", "signup",
        "breadcrumb", "breadcrumbs", "gravatar", "emoji", "masthead", "topbar", "toolbar", "rail", "headshot",
        "profile", "bio", "skyscraper", "leaderboard", "paywall", "cookie", "consent", "thumb",
    )
)
_FURNITURE_SUBSTRINGS = ("related", "recommend", "outbrain", "taboola", "newsletter", "advert", "sponsor", "trending",
                         "readmore", "read-more", "most-read", "mostread", "more-stories", "morestories", "you-may-like",
                         "author-image", "authorimage", "social-", "share-bar", "sharebar")
# Words in an <img>'s own class that make it furniture.
_IMG_FURNITURE_PARTS = frozenset(
    ("logo", "icon", "icons", "avatar", "emoji", "ad", "ads", "advert", "sprite", "gravatar", "headshot", "author",
     "badge", "pixel", "tracking", "spinner", "loader")
)
# A class token with one of these is page layout ("sidebar-grid__container"), not furniture.
_LAYOUT_PARTS = frozenset(("grid", "layout", "container", "wrapper", "page", "col", "column", "row", "cols"))
_FURNITURE_TAGS = frozenset(("nav", "footer", "aside", "form", "button", "svg", "select", "template"))
_ARTICLE_TAGS = frozenset(("article", "main"))
_BODY_HINTS = ("articlebody", "article-body", "article__body", "entry-content", "post-content", "story-body",
               "article-content", "storycontent", "story-content", "post-body", "content-body")
_BAD_SRC = re.compile(
    r"(?:^|[/_\-.=])(?:pixel|spacer|blank|transparent|1x1|ads?|doubleclick|tracking|tracker|beacon|logos?|avatars?|"
    r"gravatar|icons?|favicon|sprites?|emojis?|badges?|banners?|placeholder|lazyload|loading|grey|gray)(?:[/_\-.]|$)",
    re.IGNORECASE,
)
_PLACEHOLDER_SRC = re.compile(r"(?:^data:|placeholder|blank\.|spacer|transparent|lazy|loading|grey\.gif|gray\.gif|1x1)", re.I)
_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "data-hi-res-src",
               "data-full-src", "data-orig-file", "data-large-file", "data-medium-file", "data-srcset-fallback",
               "data-img-src", "data-image", "data-echo", "data-pagespeed-lazy-src", "lazy-src", "original-src")
_SRCSET_ATTRS = ("srcset", "data-srcset", "data-lazy-srcset", "data-src-set")
_CREDIT_PARTS = ("credit", "copyright", "byline", "photographer", "distributor", "source", "courtesy", "attribution")
_CAPTION_SKIP_TAGS = frozenset(("svg", "script", "style", "button", "noscript", "input", "label", "template", "select"))
_MIN_SIDE = 80
_NEAR_LEVELS = 5
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[\s_\-]+")
_WS = re.compile(r"\s+")
_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)([wxh])$")


def _class_id(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _is_furniture_class(value: str) -> bool:
    if not value.strip():
        return False
    low = value.lower()
    if any(s in low for s in _FURNITURE_SUBSTRINGS):
        return True
    for token in _CAMEL.sub(" ", value).lower().split():
        parts = _SPLIT.split(token)
        if any(p in _FURNITURE_PARTS for p in parts) and not any(p in _LAYOUT_PARTS for p in parts):
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
    return any(part in cls for part in _CREDIT_PARTS)


def _is_caption_el(el: HtmlElement) -> bool:
    if el.tag == "figcaption":
        return True
    if "caption" in (el.get("itemprop") or "").lower():
        return True
    cls = (el.get("class") or "").lower()
    if "caption" in cls:
        return not any(bad in cls for bad in ("drawer", "video-caption", "caption-header", "captionheader"))
    return False


def element_text(el: HtmlElement, credits: list[str] | None = None) -> str:
    """Text of ``el`` without scripts, icons and buttons; credit sub-elements go to ``credits``.

    When ``credits`` is None the credit elements' text stays in the result.
    """
    out: list[str] = []

    def walk(node: HtmlElement, into: list[str]) -> None:
        if node.text and isinstance(node.tag, str):
            into.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in _CAPTION_SKIP_TAGS:
                if credits is not None and _is_credit_el(child):
                    sub: list[str] = []
                    walk(child, sub)
                    text = _WS.sub(" ", "".join(sub)).strip()
                    if text:
                        credits.append(text)
                else:
                    walk(child, into)
            if child.tail:
                into.append(child.tail)

    walk(el, out)
    return _WS.sub(" ", "".join(out)).strip()


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


def _best_src(img: HtmlElement) -> str | None:
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
    if src and not _PLACEHOLDER_SRC.search(src):
        return src
    if candidates:
        return candidates[-1][1]
    return None


def _small(img: HtmlElement) -> bool:
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < _MIN_SIDE:
            return True
    return False


class _Scope:
    """Per-call caches: furniture verdicts for ancestors."""

    def __init__(self) -> None:
        self.furniture: dict[HtmlElement, bool] = {}

    def is_furniture(self, el: HtmlElement) -> bool:
        verdict = self.furniture.get(el)
        if verdict is None:
            tag = el.tag if isinstance(el.tag, str) else ""
            verdict = tag in _FURNITURE_TAGS or _is_furniture_class(_class_id(el)) or (
                (el.get("role") or "") in ("navigation", "banner", "contentinfo", "complementary")
            ) or (el.get("aria-hidden") == "true" and tag not in ("figure", "div", "span", "picture"))
            self.furniture[el] = verdict
        return verdict


def find_images(root: HtmlElement, base_url: str | None, container: HtmlElement | None = None) -> list[ImageDraft]:
    """The article's own images in document order, with caption and credit text as written.

    ``root`` is the parsed page; ``base_url`` resolves relative sources; ``container`` is the
    element holding the article body when known. Without it the whole document is searched but
    only images inside ``<article>``/``<main>``/a body-like element or inside ``<figure>`` qualify.
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
        if outer is not None:
            walk_root = outer

    drafts: list[ImageDraft] = []
    elements: list[HtmlElement] = []  # the <img> behind each draft
    pending: int | None = None  # index of the last image still without caption
    consumed: set[HtmlElement] = set()
    seen_src: set[str] = set()
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
            src = _best_src(el)
            if not src:
                continue
            if base_url:
                src = urljoin(base_url, src)
            if src.startswith("data:") or _BAD_SRC.search(src.split("?", 1)[0]):
                continue
            parent = el.getparent()
            if any(a.tag == "noscript" for a in _ancestors(el, 3)):
                if parent is not None and (parent in produced_parents or (parent.getparent() in produced_parents)):
                    continue
            if src in seen_src:
                continue
            seen_src.add(src)
            if parent is not None:
                produced_parents.add(parent)
            alt = _WS.sub(" ", el.get("alt") or "").strip() or None
            drafts.append(ImageDraft(src=src, alt=alt))
            elements.append(el)
            strict_extra[len(drafts) - 1] = needs_caption
            pending = len(drafts) - 1
            # A <figure> caption written before the image: look back inside the figure.
            fig = _enclosing_figure(el)
            if fig is not None:
                for cap in fig.iter("figcaption"):
                    if cap not in consumed and _precedes(cap, el):
                        _attach(drafts[pending], cap, consumed)
                        pending = None
                    break
            continue
        if pending is None or not (_is_caption_el(el) or _is_credit_el(el) and el.tag != "cite"):
            continue
        # A caption or credit element after an image: attach when close to it in the tree.
        img_el = elements[pending]
        if not _near(img_el, el):
            continue
        if scope.is_furniture(el) and not _is_caption_el(el):
            continue
        draft = drafts[pending]
        if _is_caption_el(el):
            _attach(draft, el, consumed)
            pending = None
        elif draft.credit is None:
            text = element_text(el)
            if text and len(text) <= 200:
                draft.credit = text
                _consume(el, consumed)

    out: list[ImageDraft] = []
    for index, draft in enumerate(drafts):
        if strict_extra.get(index) and not (draft.caption or draft.credit or _enclosing_figure(elements[index]) is not None):
            continue
        out.append(draft)
    return out


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
    for node in fig.iter():
        if node is a:
            return True
        if node is b:
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


def _attach(draft: ImageDraft, cap: HtmlElement, consumed: set[HtmlElement]) -> None:
    credits: list[str] = []
    text = element_text(cap, credits).strip(" -–—|/")
    if text and draft.caption is None and len(text) <= 1500:
        draft.caption = text
    if credits and draft.credit is None:
        parts = [c.strip(" /|") for c in dict.fromkeys(credits)]
        draft.credit = " / ".join(p for p in parts if p) or None
    _consume(cap, consumed)


def _qualify(img: HtmlElement, scope: _Scope, container: HtmlElement | None, outer: HtmlElement | None) -> bool | None:
    """None: not an article image. False: keep. True: keep only with a figure or caption."""
    own = _SPLIT.split(_CAMEL.sub(" ", _class_id(img)).lower())
    if any(p in _IMG_FURNITURE_PARTS for p in own) or img.get("role") == "presentation":
        return None
    teaser = _links_elsewhere(img)
    in_article = False
    in_container = container is None
    in_figure = False
    header_seen = False
    for anc in img.iterancestors():
        if anc is container:
            in_container = True
        tag = anc.tag
        if tag in _ARTICLE_TAGS:
            in_article = True
        elif tag == "figure":
            in_figure = True
        elif tag == "header":
            header_seen = True
        elif tag in ("body", "html"):
            break
        if not in_container and container is not None and anc is outer:
            break
        if scope.is_furniture(anc):
            return None
        if not in_article:
            cls = _class_id(anc).lower()
            if (anc.get("itemprop") or "").lower() == "articlebody" or any(h in cls for h in _BODY_HINTS):
                in_article = True
    if header_seen and not in_article:
        return None
    if container is not None:
        return teaser or not in_container
    if in_article:
        return teaser
    return True if in_figure else None


_IMAGE_HREF = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:$|[?#])", re.IGNORECASE)


def _links_elsewhere(img: HtmlElement) -> bool:
    """True when a link close around the image leads to another page (a teaser), not to the picture."""
    for anc in _ancestors(img, 3):
        if anc.tag == "a":
            href = (anc.get("href") or "").strip()
            return bool(href) and not href.startswith("#") and not _IMAGE_HREF.search(href)
    return False
