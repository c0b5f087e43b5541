"""Pictures the page declares in its metadata: JSON-LD ``image`` / ``ImageObject`` and ``og:image``.

The declarations do not make a picture an article image by themselves (a share card is often
never shown); they give the caption and credit of a picture the page shows, and name the lead
picture when the walk of the article region missed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from ..text import normalize_space
from .image_sources import src_key
from .jsonld import is_article, json_ld_objects

__all__ = ["MAX_DECLARED_IMAGES", "DeclaredImage", "declared_images"]

MAX_DECLARED_IMAGES = 20
_MAX_TEXT = 1500
_MAX_CREDIT = 120


@dataclass(slots=True)
class DeclaredImage:
    """A picture named in the page's metadata, with the caption and credit declared for it."""

    url: str
    caption: str | None = None
    credit: str | None = None


def declared_images(
    root: HtmlElement, ld_objects: list[dict[str, Any]] | None = None, cut: list[int] | None = None
) -> list[DeclaredImage]:
    """JSON-LD article images (lead first), then ``og:image``; one entry per picture (by :func:`src_key`).

    ``ld_objects``: the page's JSON-LD objects when already read, else they are read here. The first
    :data:`MAX_DECLARED_IMAGES` pictures of a JSON-LD ``image`` list are read: the length of a longer list goes to
    ``cut`` when given.
    """
    found: list[DeclaredImage] = []
    lengths = [] if cut is None else cut
    for obj in json_ld_objects(root) if ld_objects is None else ld_objects:
        if is_article(obj):
            _collect(obj.get("image"), found, 0, lengths)
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in (
            "og:image",
            "og:image:url",
            "og:image:secure_url",
        ):
            url = (meta.get("content") or "").strip()
            if url:
                found.append(DeclaredImage(url))
    unique: dict[str, DeclaredImage] = {}
    for image in found[:MAX_DECLARED_IMAGES]:
        unique.setdefault(src_key(image.url), image)
    return list(unique.values())


def _collect(value: Any, out: list[DeclaredImage], depth: int, cut: list[int]) -> None:
    if depth > 2 or value is None or len(out) >= MAX_DECLARED_IMAGES:
        return
    if isinstance(value, str):
        out.append(DeclaredImage(value.strip()))
    elif isinstance(value, list):
        if len(value) > MAX_DECLARED_IMAGES:
            cut.append(len(value))
        for item in value[:MAX_DECLARED_IMAGES]:
            _collect(item, out, depth + 1, cut)
    elif isinstance(value, dict):
        url = value.get("contentUrl") or value.get("url")
        if isinstance(url, list):
            url = url[0] if url else None
        if isinstance(url, str) and url.strip():
            out.append(DeclaredImage(url.strip(), _text(value.get("caption"), _MAX_TEXT), _credit(value)))


def _credit(obj: dict[str, Any]) -> str | None:
    """``creditText`` as declared; else who took the picture (``author``/``creator``) and who holds its rights
    (``copyrightHolder``), both when both are named ("Anna Roe/dpa", the way a credit line writes them); else
    the ``copyrightNotice``."""
    text = _text(obj.get("creditText"), _MAX_CREDIT)
    if text:
        return text
    maker = _text(obj.get("author"), _MAX_CREDIT) or _text(obj.get("creator"), _MAX_CREDIT)
    holder = _text(obj.get("copyrightHolder"), _MAX_CREDIT)
    if maker and holder:  # "Anna Roe/dpa" with "dpa": the holder is said once
        return maker if holder.casefold() in maker.casefold() else f"{maker}/{holder}"
    return holder or maker or _text(obj.get("copyrightNotice"), _MAX_CREDIT)


def _text(value: Any, limit: int) -> str | None:
    """A string value, or the ``name`` of an object (``{"@type": "Person", "name": …}``), or the first of a list."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("text")
    if not isinstance(value, str):
        return None
    text = normalize_space(value)
    return text if text and len(text) <= limit and "<" not in text else None
