"""Type set apart by an element's own style: grey or small text (``<p><span style="color:#808080">…</span></p>``,
``<p style="font-size:12px">…</p>``), as classic editors and Chinese CMSs write a caption under a picture."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

__all__ = ["muted_style", "styled_apart"]

# A colour declaration and a font-size declaration of an inline style (no backtracking: each part is one class).
_COLOR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;]{1,40})")
_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(\d{1,3}(?:\.\d{1,3})?)\s*(px|pt|em|rem|%)")
_HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})\b")
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})")
_GREY_WORDS = ("gray", "grey", "darkgray", "darkgrey", "dimgray", "dimgrey", "silver")
# A grey: the three channels within this of each other, the level between dark text and white.
_GREY_SPREAD = 24
_GREY_LEVELS = range(0x60, 0xD0)
# Small type: at most these sizes (body text is 14-18px, 11-13pt, 1em).
_SMALL = {"px": 13.0, "pt": 10.0, "em": 0.875, "rem": 0.875, "%": 87.5}
# Small type named by a keyword ("font-size:small", "font-size: smaller") or by a <font>'s size attribute (3 is the
# body's size: 1 and 2, or -1 and below, are smaller: "<font size=2>", the classic editors' caption).
_SIZE_WORD = re.compile(r"(?:^|;)\s*font-size\s*:\s*(?:x{1,2}-)?small(?:er)?\b")
_SMALL_FONT_SIZES = frozenset(("1", "2", "-1", "-2", "-3"))


def muted_style(el: HtmlElement) -> str | None:
    """The element's own style, normalised, when it sets its text in grey or small type; else None (a ``<font>``
    of a small size: its size, "size=2")."""
    if el.tag == "font" and (el.get("size") or "").strip() in _SMALL_FONT_SIZES:
        return "size=" + (el.get("size") or "").strip()
    style = (el.get("style") or "").casefold()
    if not style:
        return None
    normal = " ".join(style.split())
    return normal if _grey(style) or _small(style) else None


def _grey(style: str) -> bool:
    found = _COLOR.search(style)
    if found is None:
        return False
    value = found.group(1).strip()
    if value in _GREY_WORDS:
        return True
    channels: tuple[int, ...] = ()
    hexed = _HEX.match(value)
    if hexed is not None:
        digits = hexed.group(1)
        digits = "".join(d * 2 for d in digits) if len(digits) == 3 else digits
        channels = tuple(int(digits[i : i + 2], 16) for i in (0, 2, 4))
    rgb = _RGB.match(value)
    if rgb is not None:
        channels = tuple(int(g) for g in rgb.groups())
    if not channels:
        return False
    return max(channels) - min(channels) <= _GREY_SPREAD and sum(channels) // 3 in _GREY_LEVELS


def _small(style: str) -> bool:
    found = _SIZE.search(style)
    if found is None:
        return _SIZE_WORD.search(style) is not None
    return float(found.group(1)) <= _SMALL[found.group(2)]


_INLINE = frozenset(("span", "font"))


def _line_style(el: HtmlElement) -> str | None:
    """The muted style of a paragraph: its own, or that of the one inline element holding all its text."""
    own = muted_style(el)
    if own is not None:
        return own
    if len(el) != 1 or (el.text or "").strip() or (el[0].tail or "").strip() or el[0].tag not in _INLINE:
        return None
    return muted_style(el[0])


def styled_apart(el: HtmlElement) -> bool:
    """A paragraph set in grey or small type by its own style (or its one span's) that the next paragraph does not
    share (``<p><span style="color:#808080">Caption.</span></p><p>Story …</p>``): a line set apart, as a caption
    under a picture is; a page that sets every paragraph so sets none apart."""
    style = _line_style(el)
    if style is None:
        return False
    following = el.getnext()
    return following is None or not isinstance(following.tag, str) or _line_style(following) != style
