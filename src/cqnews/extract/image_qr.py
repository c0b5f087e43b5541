"""QR codes among a page's pictures: a square picture beside a prompt to scan it ("长按识别二维码", "扫一扫关注我们",
"Scan the QR code"), whatever its file is called (``640.jpeg``, ``a8f3c2.png``), is a code to scan, no picture of the
story. The file-name test (``qrcode.png``, ``erweima.jpg``) is :func:`~cqnews.extract.image_sources.bad_src`'s."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ..draft import ImageDraft
from ..lexicon.captions import QR_PROMPTS, phrase_alternation
from .image_tree import only_element, sole_wrapper

__all__ = ["is_qr_code"]

_PROMPT = re.compile(phrase_alternation(QR_PROMPTS), re.IGNORECASE)
_MAX_TEXT = 200  # characters read from each block beside the picture
_WRAPPER_LEVELS = 3  # <p><span><img>: the wrappers around the picture that hold nothing else
_SQUARE_RATIOS = frozenset(("1", "1.0", "1.00"))


def is_qr_code(draft: ImageDraft, img: HtmlElement) -> bool:
    """A square picture (equal declared width and height, or WeChat's ``data-ratio="1"``) with a scan prompt in its
    caption, its alt text, its block or the block before or after it."""
    if not _square(img):
        return False
    texts = [draft.caption or "", draft.alt or "", *_texts_beside(img)]
    return any(_PROMPT.search(text) for text in texts)


def _square(img: HtmlElement) -> bool:
    if (img.get("data-ratio") or "").strip() in _SQUARE_RATIOS:
        return True
    width, height = (img.get("width") or "").strip(), (img.get("height") or "").strip()
    return width.isdigit() and width == height


def _texts_beside(img: HtmlElement) -> list[str]:
    """The text of the picture's block (the picture and the wrappers that hold only it) and of its neighbours."""
    block = sole_wrapper(img, _WRAPPER_LEVELS, holds_only=only_element)
    neighbours = [block.getprevious(), block.getnext()]
    texts = [_text(el) for el in neighbours if el is not None]
    parent = block.getparent()
    if parent is not None:
        texts.append((parent.text or "")[:_MAX_TEXT])
    texts.extend((el.tail or "")[:_MAX_TEXT] for el in (block, *neighbours) if el is not None)
    return texts


def _text(el: HtmlElement) -> str:
    if not isinstance(el.tag, str):
        return ""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():  # stop early: a neighbour may be a whole section
        parts.append(piece)
        size += len(piece)
        if size >= _MAX_TEXT:
            break
    return "".join(parts)[:_MAX_TEXT]
