"""An SVG ``<image>`` as a figure's picture (``<figure><svg><image href=…></svg><figcaption>…``): a theme that draws
the picture in an SVG to crop or mask it. :mod:`.images` takes it as a candidate when :func:`svg_picture` says so,
its source from :func:`svg_source` under the rules of an ``<img>`` source."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml.html import HtmlElement

from .image_sources import NO_SRC, bad_src
from .image_tree import ancestors, enclosing_figure, figure_captioned

# The tags of a figure's own picture or player: a figure holding one has that as its picture (an SVG or a
# background box in it is then an overlay).
FIGURE_PICTURES = ("img", "amp-img", "picture", "video", "iframe")
_SVG_LEVELS = 3  # <svg><image>, <svg><g><image>, <svg><g><a><image>
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]{0,31}:")


def svg_href(image: HtmlElement) -> str:
    """The address an SVG ``<image>`` names (``href``, or SVG 1.1's ``xlink:href``), as written; "" for none."""
    return image.get("href") or image.get("xlink:href") or ""


def svg_picture(el: HtmlElement) -> bool:
    """An SVG ``<image>`` that is a figure's picture (``<figure><svg><image href=…></svg><figcaption>…``, a theme
    that draws the picture to crop or mask it): in an ``<svg>`` of a captioned figure holding no ``<img>``,
    ``<picture>`` or player (then that is the picture, the SVG an overlay)."""
    if not svg_href(el):
        return False
    if not any(anc.tag == "svg" for anc in ancestors(el, _SVG_LEVELS)) or not figure_captioned(el):
        return False
    figure = enclosing_figure(el)
    return figure is not None and not any(True for _ in figure.iter(FIGURE_PICTURES))


def svg_source(image: HtmlElement, absolute: Callable[[str], str]) -> str | None:
    """The picture an SVG ``<image>`` draws, joined with the page URL by ``absolute``: a web address or a path, not
    a ``data:`` URI or another scheme (its width and height are in the drawing's units, no size to tell an icon
    by)."""
    src = svg_href(image).strip()
    if not src or src in NO_SRC:
        return None
    src = absolute(src)
    scheme = _SCHEME.match(src)
    if (scheme is not None and scheme.group(0).lower() not in ("http:", "https:")) or bad_src(src.split("?", 1)[0]):
        return None
    return src


def svg_inline_only(image: HtmlElement) -> bool:
    """The SVG ``<image>``'s only source is a ``data:`` URI (the bytes inline)."""
    return svg_href(image).lstrip().startswith("data:")
