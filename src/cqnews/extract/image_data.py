"""Captions and credits a gallery script keeps in data: a ``data-*`` attribute holding JSON
(``<div class="gallery" data-slides='[{"src": …, "caption": …, "credit": …}]'>``) or a
``<script type="application/json">`` the gallery reads. The shown ``<img>`` then carries no caption of its own; an
entry whose picture is the same file (:func:`src_key`) gives it.

Read only for pictures the walk found without a caption, only from values that name a caption key: the ``data-*``
attributes of a few ancestors of each such picture (a gallery's data sits on its own box, not anywhere on the page)
and the page's scripts, found by their tag.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from lxml.html import HtmlElement

from ..draft import ImageDraft
from ..text import normalize_space
from .image_sources import src_key

__all__ = ["with_data_captions"]

_SRC_KEYS = ("src", "url", "image", "imageUrl", "image_url", "contentUrl", "full", "large", "original")
# (not "description": an article's own data pairs its summary with its lead picture's address)
_CAPTION_KEYS = ("caption", "captionText", "caption_text")
_CREDIT_KEYS = ("credit", "creditText", "credits", "copyright", "photographer", "byline")
_MAX_VALUE = 200_000  # characters of one attribute or script: larger data is a whole app's state
_MAX_ENTRIES = 200
_MAX_DEPTH = 8
_MAX_TEXT = 1500
_TAG = re.compile(r"<[^<>]*>")
_LEVELS = 6  # ancestors of a picture whose data-* attributes may hold its gallery's entries


def with_data_captions(root: HtmlElement, drafts: list[ImageDraft], absolute: Callable[[str], str]) -> None:
    """Give each draft without a caption the caption and credit a gallery's data declares for its picture."""
    bare = [draft for draft in drafts if not draft.caption]
    if not bare:
        return
    entries: dict[str, tuple[str | None, str | None]] = {}
    for text in [*_ancestor_data(bare), *_json_scripts(root)]:
        if len(text) <= _MAX_VALUE and '"caption' in text:
            _read(text, entries, absolute)
    for draft in drafts:
        found = entries.get(src_key(draft.src or "")) if not draft.caption else None
        if found is not None:
            draft.caption, draft.credit = found[0], draft.credit or found[1]


def _ancestor_data(bare: list[ImageDraft]) -> list[str]:
    """The ``data-*`` attribute values opening a JSON array or object on the ancestors of the pictures, each once."""
    seen: set[int] = set()
    values: list[str] = []
    for draft in bare:
        parent = draft.element.getparent() if draft.element is not None else None
        for _ in range(_LEVELS):
            if parent is None or id(parent) in seen:
                break
            seen.add(id(parent))
            values.extend(
                value
                for name, value in parent.attrib.items()
                if str(name).startswith("data-") and str(value).lstrip()[:1] in ("[", "{")
            )
            parent = parent.getparent()
    return values


def _json_scripts(root: HtmlElement) -> list[str]:
    """The text of the page's scripts of type application/json (not JSON-LD)."""
    return [
        script.text
        for script in root.iter("script")
        if script.text and (script.get("type") or "").strip().lower() == "application/json"
    ]


def _read(text: str, entries: dict[str, tuple[str | None, str | None]], absolute: Callable[[str], str]) -> None:
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack and len(entries) < _MAX_ENTRIES:
        value, depth = stack.pop()
        if depth > _MAX_DEPTH:
            continue
        if isinstance(value, list):
            stack.extend((item, depth + 1) for item in value[:_MAX_ENTRIES])
        elif isinstance(value, dict):
            _entry(value, entries, absolute)
            stack.extend((item, depth + 1) for item in value.values() if isinstance(item, (list, dict)))


def _entry(
    obj: dict[str, Any], entries: dict[str, tuple[str | None, str | None]], absolute: Callable[[str], str]
) -> None:
    """One picture's entry: its file (the first source key holding a web address) and caption."""
    src = next((obj[key] for key in _SRC_KEYS if isinstance(obj.get(key), str) and obj[key].strip()), None)
    caption = next((_text(obj[key]) for key in _CAPTION_KEYS if obj.get(key) is not None), None)
    if src is None or not caption or not src.strip().startswith(("http", "/")):
        return
    credit = next((_text(obj[key]) for key in _CREDIT_KEYS if obj.get(key) is not None), None)
    entries.setdefault(src_key(absolute(src.strip())), (caption, credit))


def _text(value: Any) -> str | None:
    """A string value without its markup, as short as a caption is."""
    if not isinstance(value, str):
        return None
    text = normalize_space(_TAG.sub(" ", value))
    return text if text and len(text) <= _MAX_TEXT else None
