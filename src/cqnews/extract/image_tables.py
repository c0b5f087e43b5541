"""A picture set in a small table with its caption in the row below.

Older portals, Japanese and Chinese ones above all, place a photo beside the text as a table of two
rows, the picture in one cell and the caption in the cell under it::

    <table class="photo"><tr><td><img src="…"></td></tr><tr><td>建て替えが決まった庁舎</td></tr></table>

Nothing marks the second cell as a caption, so it was lost to the image and read as a body paragraph.

Such a frame may also name its caption as HTML does, in the table's own ``<caption>`` (``<table><caption>Dock workers
unload …</caption><tr><td><img></td></tr></table>``): written before the picture, the walk never offered it, and the
body kept it as a paragraph that became a picture of its own with no source (Session 63).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from ..document import HEADING_TAGS
from ..draft import ImageDraft
from .image_caption_text import caption_text
from .image_captions import attach
from .image_tree import is_element, sole_wrapper

__all__ = ["table_caption"]

_MAX_ROWS = 3  # picture, caption and a credit at most: a bigger table is a layout or a data table
_MAX_CAPTION = 300  # a caption is short; a longer cell is text set beside the picture
_NOT_IN_CAPTION = ("img", "picture", "video", "iframe", "table", "ul", "ol", *HEADING_TAGS)
_WRAPPERS = frozenset(("a", "span", "picture", "source", "div", "p", "center", "font"))


def table_caption(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """Attach the text of the cell under the picture's cell when the picture's table is such a frame.

    The picture must be all its cell holds (in wrappers holding nothing else), the table have at most
    three rows of one cell each, and the next row's cell a short text with no picture or list in it.
    """
    cell = _picture_cell(img)
    row = cell.getparent() if cell is not None else None
    if row is None or row.tag != "tr" or _cells(row) != [cell]:
        return
    rows = _rows(row)
    if rows is None or len(rows) > _MAX_ROWS:
        return
    own = _own_caption(row)
    if own is not None:
        _attach_short(draft, own, consumed)
    elif rows.index(row) + 1 < len(rows):
        below = _cells(rows[rows.index(row) + 1])
        if len(below) == 1:
            _attach_short(draft, below[0], consumed)


def _attach_short(draft: ImageDraft, cell: HtmlElement, consumed: set[HtmlElement]) -> None:
    """Attach ``cell`` (a caption's cell or a table's ``<caption>``) when it is unused, short and holds no picture or
    list."""
    if cell in consumed or any(True for _ in cell.iter(_NOT_IN_CAPTION)):
        return
    text = caption_text(cell)
    if 0 < len(text) <= _MAX_CAPTION:
        attach(draft, cell, consumed)


def _own_caption(row: HtmlElement) -> HtmlElement | None:
    """The ``<caption>`` of ``row``'s table (its first child, as HTML places it; after the rows too, as pages
    write it)."""
    table = next((anc for anc in row.iterancestors("table")), None)
    if table is None:
        return None
    return next((child for child in table if is_element(child) and child.tag == "caption"), None)


def _picture_cell(img: HtmlElement) -> HtmlElement | None:
    """The ``<td>`` holding ``img`` and nothing else with text (up to three wrappers between them)."""
    cell = sole_wrapper(img, 3, _WRAPPERS, lambda _parent, _node: True).getparent()
    if cell is None or cell.tag != "td":
        return None
    return cell if cell.text_content().strip() == "" and _one_picture(cell) else None


def _one_picture(cell: HtmlElement) -> bool:
    return sum(1 for _ in cell.iter("img")) == 1


def _cells(row: HtmlElement) -> list[HtmlElement]:
    return [child for child in row if is_element(child) and child.tag in ("td", "th")]


def _rows(row: HtmlElement) -> list[HtmlElement] | None:
    """The rows of ``row``'s table (through a ``<tbody>``), or None when it is no plain table."""
    parent = row.getparent()
    if parent is not None and parent.tag in ("tbody", "thead", "tfoot"):
        parent = parent.getparent()
    if parent is None or parent.tag != "table":
        return None
    return list(parent.iter("tr"))
