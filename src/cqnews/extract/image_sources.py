"""Which picture an ``<img>`` shows: the largest variant among srcset, lazy-load attributes, ``<picture>``
sources and ``src``; and the sources and sizes that are no article picture (pixels, icons, placeholders).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin

from lxml.html import HtmlElement

from ..lexicon.captions import LIGHTBOX_WORDS
from ..urls import file_name

__all__ = [
    "BACKGROUND_BOX_TAGS",
    "BAD_SRC",
    "bad_src",
    "best_src",
    "inline_only",
    "is_small",
    "picture_stem",
    "src_key",
    "unproxied",
]


BAD_SRC = re.compile(
    r"(?:^|[/_\-.=])(?:spacer|1x1|ads?|doubleclick|tracking|tracker|beacon|logos?|avatars?|gravatar|icons?|favicon|"
    r"sprites?|emojis?|badges?|banners?|newsletters?|promos?|placeholder|lazyload|qr|qrcodes?|erweima|ewm)(?:[/_\-.]|$)"
    r"|(?:^|/)(?:pixel|blank|transparent|loading|grey|gray|clear)\.(?:gif|png)$",
    re.IGNORECASE,
)


_PLACEHOLDER_SRC = re.compile(
    r"(?:^data:|placeholder|blank\.|spacer|transparent|lazy|loading|grey\.gif|gray\.gif|1x1)", re.I
)
# The same patterns without IGNORECASE, for ASCII text lower-cased (nearly every address): a case-blind
# alternation tries each word at every position, a case-sensitive one skips to the letters that start them
# (three times faster). Outside ASCII, re pairs letters str.lower() does not ("ſ" with "s"): the patterns above.
_BAD_SRC_LOWER = re.compile(BAD_SRC.pattern)
_PLACEHOLDER_SRC_LOWER = re.compile(_PLACEHOLDER_SRC.pattern)


def bad_src(path: str) -> bool:
    """:data:`BAD_SRC` found in ``path``: a tracking pixel, a logo, an icon, a placeholder …"""
    return (_BAD_SRC_LOWER.search(path.lower()) if path.isascii() else BAD_SRC.search(path)) is not None


def _placeholder(src: str) -> bool:
    return (_PLACEHOLDER_SRC_LOWER.search(src.lower()) if src.isascii() else _PLACEHOLDER_SRC.search(src)) is not None


_LAZY_ATTRS = (
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-lazy",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
    "data-orig-file",
    "data-large-file",
    "data-medium-file",
    "data-srcset-fallback",
    "data-img-src",
    "data-image",
    "data-echo",
    "data-pagespeed-lazy-src",
    "lazy-src",
    "original-src",
)


# src values that name no picture (the real one is set by a script): they resolve to the page or the site.
NO_SRC = frozenset(("/", "#", "./", "about:blank"))


_SRCSET_ATTRS = ("srcset", "data-srcset", "data-lazy-srcset", "data-src-set")


_MIN_SIDE = 80


_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)([wxh])$")


# A descriptor glued to the next candidate's URL ("… 960w,https://…/b.jpg 1280w"): no space after the comma.
_GLUED = re.compile(r"^(\d+(?:\.\d+)?[wxh],)(\S+)$")


def _tokens(value: str) -> list[str]:
    """The srcset's whitespace-separated tokens, a glued "960w,https://…" cut after its comma."""
    out: list[str] = []
    for token in value.split():
        glued = _GLUED.match(token)
        out.extend(glued.groups() if glued else (token,))
    return out


def _parse_srcset(value: str) -> list[tuple[float, str]]:
    """(size, url) pairs of a srcset; width descriptors count as is, density ones times 1000."""
    out: list[tuple[float, str]] = []
    url: str | None = None
    for token in _tokens(value):
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
    candidates = _srcset_candidates(img)
    sized = [c for c in candidates if c[0] > 0]
    if sized:
        return max(sized, key=lambda c: c[0])[1]
    single = _single_src(img)
    if single:
        return _linked_full_size(img, single)
    return candidates[-1][1] if candidates else None


_LINK_LEVELS = 2  # <a><img>, <a><span><img>: the link around a thumbnail


def _linked_full_size(img: HtmlElement, src: str) -> str:
    """The full-size file a thumbnail links to ("<a href=".../bridge.jpg"><img src=".../bridge-150x150.jpg">", a
    gallery's or a lightbox's link), when the link names the same picture (the same file name but for a size
    variant), or whatever the link of a lightbox script names (``data-lightbox``, ``data-fancybox``, rel="lightbox": the
    picture shown full size, under a file name of its own); else ``src``."""
    link = img.getparent()
    for _ in range(_LINK_LEVELS):
        if link is None or link.tag == "a":
            break
        link = link.getparent()
    if link is None or link.tag != "a":
        return src
    href = (link.get("href") or "").strip()
    path = href.split("?", 1)[0].split("#", 1)[0]
    if not href or href == src or not _IMAGE_PATH.search(path) or _placeholder(href):
        return src
    stem = picture_stem(src)
    linked = picture_stem(path)
    if linked is not None and stem is not None and linked != stem:
        linked = _WIDTH_TAIL.sub("", linked)  # "crane-1600.jpg" for "crane-696x392.jpg": the width alone
    return href if (stem is not None and linked == stem) or _lightbox(link) else src


# A full-size file's width alone after its name ("harbour-crane-1600.jpg", as themes name the file a thumbnail
# "harbour-crane-696x392.jpg" links to): read only where a link's file and its thumbnail's are compared.
_WIDTH_TAIL = re.compile(r"[-_]\d{3,4}$")


_LIGHTBOX = re.compile("|".join(LIGHTBOX_WORDS), re.IGNORECASE)


def _lightbox(link: HtmlElement) -> bool:
    """A link that a lightbox script opens: its name in the class, rel or a ``data-*`` attribute's name."""
    marks = [link.get("class") or "", link.get("rel") or ""]
    marks.extend(name for count, name in enumerate(link.keys()) if count < _MAX_ATTRS and name.startswith("data-"))
    return any(_LIGHTBOX.search(mark) for mark in marks if len(mark) <= _MAX_LAZY_VALUE)


def _srcset_candidates(img: HtmlElement) -> list[tuple[float, str]]:
    """(size, url) of the srcsets of the image and of its ``<picture><source>`` siblings."""
    # <picture><source srcset=…><img></picture>; libxml2 nests the img inside non-void <source> elements.
    sources: list[HtmlElement] = [img]
    parent = img.getparent()
    while parent is not None and parent.tag == "source":
        sources.append(parent)
        parent = parent.getparent()
    if parent is not None and parent.tag == "picture":
        sources.extend(child for child in parent if child.tag == "source")
    candidates: list[tuple[float, str]] = []
    for source in sources:
        for attr in _SRCSET_ATTRS:
            value = source.get(attr)
            if value:
                candidates.extend(_parse_srcset(value))
    return candidates


def inline_only(img: HtmlElement) -> bool:
    """The picture's only source is a ``data:`` URI: its bytes written inline, or a placeholder a script replaces
    from an attribute no table knows. Image.src names a file, which a data: URI is not: the picture is left out."""
    return (img.get("src") or "").lstrip().startswith("data:") and best_src(img) is None


def _single_src(img: HtmlElement) -> str | None:
    """A lazy-load attribute's value, else ``src`` when it names a picture (not a placeholder)."""
    for attr in _LAZY_ATTRS:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:") and not value.startswith("{"):
            return value
    src = (img.get("src") or "").strip()
    if src and src not in NO_SRC and not _placeholder(src):
        return src
    if img.tag in BACKGROUND_BOX_TAGS:  # a box showing the picture as its background (images._background_picture)
        found = _STYLE_URL.search(img.get("style") or "")
        if found is not None:
            return found.group(1)
    return _unknown_lazy_src(img)


# The boxes a theme shows a picture in as their background (extract.images reads them as candidates).
BACKGROUND_BOX_TAGS = frozenset(("div", "span"))
# The address in a style's background ("background-image: url('https://…/a.jpg')"): no quote, bracket or space in it.
_STYLE_URL = re.compile(r"""url\(\s*['"]?([^'"()\s]{1,2048})['"]?\s*\)""")


_KNOWN_ATTRS = frozenset((*_LAZY_ATTRS, *_SRCSET_ATTRS))
_MAX_ATTRS = 32  # attributes read per image: a page cannot make this walk long
_MAX_LAZY_VALUE = 2048  # characters: longer values are scripts' data, not a picture's address


def _unknown_lazy_src(img: HtmlElement) -> str | None:
    """The picture a lazy-loading script will show, under a ``data-*`` name of its own
    (``data-lazy-image``, ``data-srcset-webp``, ``data-srcs='{"https://…": {…}}'`` …): the largest variant of
    a value written as a srcset, else the first value that is the address of an image file, else the first
    web address under a name that says picture ("src", "img", "image", "photo" …), written alone or as the
    first key of a JSON object. Read only when ``src`` names no picture."""
    by_file: str | None = None
    by_name: str | None = None
    sized: list[tuple[float, str]] = []
    for count, (name, raw) in enumerate(img.items()):
        if count >= _MAX_ATTRS:
            break
        value = raw.strip()
        if not name.startswith("data-") or name in _KNOWN_ATTRS or len(value) > _MAX_LAZY_VALUE:
            continue
        if "srcset" in name:
            sized.extend(c for c in _parse_srcset(value) if c[0] > 0 and _is_address(c[1]))
        elif by_file is None and _is_address(value) and _IMAGE_PATH.search(_path(value)):
            by_file = value
        elif by_name is None and _PICTURE_NAME.search(name):
            by_name = _web_address(value)
    if sized:
        return max(sized, key=lambda c: c[0])[1]
    return by_file or by_name


# attribute names that say they hold a picture (data-srcs, data-img-url, data-image-full, data-photo …)
_PICTURE_NAME = re.compile(r"src|img|image|photo|pic", re.IGNORECASE)
# a web address alone, or the first key of a JSON object ('{"https://cdn/x": {"width": 800}}')
_WEB_ADDRESS = re.compile(r'^(?:\{\s{0,8}")?(https?://[^\s"\\<>]{1,2000})(?:"\s{0,8}:|$)')


def _web_address(value: str) -> str | None:
    """The web address ``value`` is, or opens as a JSON object's first key; None otherwise."""
    match = _WEB_ADDRESS.match(value)
    return match.group(1) if match else None


def _path(value: str) -> str:
    return value.split("?", 1)[0].split("#", 1)[0]


def _is_address(value: str) -> bool:
    """An absolute or root-relative address ("https://…/a.jpg?w=800", "/media/a.jpg"), one word."""
    return value.startswith(("https://", "http://", "//", "/")) and not any(c.isspace() for c in value)


_DISPLAY_SIZE = re.compile(r"^\s*(\d{1,4})px\s*$")


def is_small(img: HtmlElement) -> bool:
    """Tracking pixels and icons by their width/height attributes, or a small display size.

    Small unequal pairs up to 32 ("16" x "9") are aspect-ratio hints, not sizes. ``sizes="32px"``
    (one fixed display width) below the minimum side marks an icon or an avatar, whatever the file's size.
    """
    display = _DISPLAY_SIZE.match(img.get("sizes") or "")
    if display and int(display.group(1)) < _MIN_SIDE:
        return True
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


_IMAGE_PATH = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp)$", re.IGNORECASE)


def src_key(src: str) -> str:
    """Sources that differ only in their query (crop, width) name the same picture."""
    path = src.split("?", 1)[0].split("#", 1)[0]
    return path if _IMAGE_PATH.search(path) else src


# A size or crop variant written into the file name: "-1024x768", "_w700", "=w700", "-scaled", "@2x".
_VARIANT_TAIL = re.compile(
    r"(?:[-_=@.](?:\d{2,5}x\d{2,5}|[wh]\d{2,5}|\d{2,5}[wh]|\dx|scaled|large|medium|small))+$", re.IGNORECASE
)
_NAME_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp)$", re.IGNORECASE)
_MIN_STEM = 6
_MAX_VARIANT_TAIL = 64  # characters: "-1024x768-scaled@2x" and the like


def picture_stem(src: str) -> str | None:
    """The file name a picture keeps across its size variants ("photo-1024x768.jpg", "photo.jpg?w=300",
    ".../WIDE_1200/photo" all give "photo"); None when too short to tell pictures apart."""
    name = _NAME_EXT.sub("", file_name(src))
    # Only the end of the name is searched: a variant tail is short, and the search from every position of a
    # long hostile name would take quadratic time.
    cut = len(name) - _MAX_VARIANT_TAIL
    tail = _VARIANT_TAIL.search(name, max(0, cut))
    name = (name[: tail.start()] if tail else name).lower()
    return name if len(name) >= _MIN_STEM else None


# The paths of a framework's resizing proxy, which names the picture in its "url" parameter
# ("/_next/image?url=%2Fuploads%2Fcrane.jpg&w=1080&q=75": Next.js; "/_vercel/image?url=…": Vercel).
_PROXY_PATHS = ("/_next/image", "/_vercel/image")
_MAX_PROXY_QUERY = 2000


def unproxied(src: str) -> str:
    """The picture an absolute resizing proxy's address names in its ``url`` parameter (joined with the proxy's
    address when relative), else ``src``: the file itself, as a plain ``<img src>`` would give it."""
    path, _, query = src.partition("?")
    if not query or len(query) > _MAX_PROXY_QUERY or not path.endswith(_PROXY_PATHS):
        return src
    inner = parse_qs(query).get("url")
    if not inner or not inner[0].startswith(("/", "https://", "http://")) or inner[0].startswith("//"):
        return src
    return inner[0] if inner[0].startswith("http") else urljoin(src, inner[0])
