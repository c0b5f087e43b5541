"""Caption and credit elements attached to their image.

A caption element (``<figcaption>``, WordPress ``wp-caption-text``, an element whose class or
itemprop mentions "caption") is attached to the image before it when both are close in the tree;
credit sub-elements (class mentions credit, copyright, source …; ``<cite>``; itemprop
copyrightHolder) are kept apart in ``ImageDraft.credit``. Plain text elements beside the image in
a small wrapper are read as caption and credit too (:func:`~cqnews.extract.image_siblings.sibling_caption`).
Which elements are captions or credits is :mod:`.image_caption_elements`; their text, credits kept apart, is
:mod:`.image_caption_text`.
"""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from ..draft import ImageDraft
from ..text import normalize_space, written_once
from .image_caption_elements import CREDIT_START
from .image_caption_text import caption_text, credit_text_ok
from .image_tree import MAX_CAPTION_NODES, ancestors, enclosing_figure, is_element

__all__ = [
    "attach",
    "attach_text",
    "attribute_caption",
    "box_credit",
    "consume",
    "near",
    "own_box",
    "precedes",
]


_NEAR_LEVELS = 5


def precedes(a: HtmlElement, b: HtmlElement) -> bool:
    """True if ``a`` comes before ``b`` among the descendants of their figure (small subtree)."""
    fig = enclosing_figure(b)
    if fig is None:
        return False
    for count, node in enumerate(fig.iter()):
        if node is a:
            return True
        if node is b or count > MAX_CAPTION_NODES:
            return False
    return False


def near(img: HtmlElement, cap: HtmlElement) -> bool:
    chain = set(ancestors(img, _NEAR_LEVELS))
    if not chain:
        return False
    for anc in ancestors(cap, _NEAR_LEVELS):
        if anc in chain:
            return anc.tag not in ("body", "html")
    return False


def consume(el: HtmlElement, consumed: set[HtmlElement]) -> None:
    consumed.update(el.iter())


def _small_caption(cap: HtmlElement) -> bool:
    """A caption element is a small subtree without pictures (not a page wrapper named "…caption…")."""
    for count, node in enumerate(cap.iterdescendants()):
        if count >= MAX_CAPTION_NODES or node.tag in ("img", "picture", "video", "iframe", "article", "section"):
            return False
    return True


def attach(draft: ImageDraft, cap: HtmlElement, consumed: set[HtmlElement]) -> None:
    if _small_caption(cap):
        attach_text(draft, cap, consumed)


# A <figcaption> is a caption by its tag, whatever its length (a picture essay's long text; the brief's glued-block
# reading, extract.brief, takes up to 10,000 characters of caption); other caption elements stay under 1,500.
_FIGCAPTION_MAX = 10_000


def attach_text(draft: ImageDraft, cap: HtmlElement, consumed: set[HtmlElement]) -> None:
    """Attach ``cap``'s text to ``draft`` as caption, its credit sub-elements as credit, and consume it."""
    credits: list[str] = []
    text = written_once(caption_text(cap, credits).strip(" -–—|/"))
    if text and draft.caption is None and len(text) <= (_FIGCAPTION_MAX if cap.tag == "figcaption" else 1500):
        draft.caption = text
    if credits and draft.credit is None:
        parts = [c.strip(" /|") for c in dict.fromkeys(credits) if credit_text_ok(c.strip(" /|"))]
        draft.credit = " / ".join(p for p in parts if p) or None
    consume(cap, consumed)


_LABELLED_CREDIT_TAGS = frozenset(("p", "div", "span", "small", "em", "i", "cite"))


_MAX_LABELLED_CREDIT_WORDS = 12


# "© 2024 The Paper": a rights notice with its year, not the credit of a picture.
_DATED_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b", re.IGNORECASE)


def _labelled_credit(el: HtmlElement) -> bool:
    """A short element whose text opens with a credit label ("<small>© Anna Roe</small>", "Источник: X")."""
    # (the label may stand in a first child: "<span><span class=visually-hidden>Image source, </span>AP</span>")
    first = el.text if (el.text or "").strip() else (el[0].text if len(el) and is_element(el[0]) else None)
    if el.tag not in _LABELLED_CREDIT_TAGS or not first or len(el) > 2 or not CREDIT_START.match(first):
        return False
    text = normalize_space(el.text_content())
    label = CREDIT_START.match(text)
    return (
        label is not None
        and not _DATED_COPYRIGHT.match(text)
        and bool(text[label.end() :].strip(" :"))
        and _short_credit(text)
    )


def _figure_cite(el: HtmlElement, box: HtmlElement) -> bool:
    """A short ``<cite>`` that is a child of the picture's ``<figure>``, beside its figcaption ("<figure><img>
    <figcaption>…</figcaption><cite>Anna Roe</cite></figure>"): HTML's mark of a source, the picture's credit with
    no label."""
    if el.tag != "cite" or box.tag != "figure" or el.getparent() is not box or len(el) > 2:
        return False
    text = normalize_space(el.text_content())
    return bool(text) and _short_credit(text)


def _short_credit(text: str) -> bool:
    """Could ``text`` of an element beside the picture be its credit: a credit's words, twelve at most?"""
    return credit_text_ok(text) and len(text.split()) <= _MAX_LABELLED_CREDIT_WORDS


_BOX_LEVELS = 3


_BOX_NODES = 40


_NOT_BOX_TAGS = frozenset(("body", "article", "main", "section"))


def box_credit(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """A labelled credit printed beside the picture in a small box that shows no other picture, whatever the
    element's class ("<figure>…<small>© Anna Roe</small>", "<div class=image-box>…<div>Источник: X</div>"): a
    designer puts a picture's credit next to it, under a label a reader knows; or a ``<cite>`` in the figure."""
    if draft.credit is not None:
        return
    for box in ancestors(img, _BOX_LEVELS):
        if box.tag in _NOT_BOX_TAGS:
            return
        found = None
        for count, node in enumerate(box.iterdescendants()):
            if count > _BOX_NODES or _another_picture(node, img):
                return  # a big wrapper, or one with another picture: its credits may be another picture's
            if found is None and node not in consumed and (_labelled_credit(node) or _figure_cite(node, box)):
                found = node
        if found is not None:
            draft.credit = normalize_space(found.text_content())
            consume(found, consumed)
            return


def own_box(img: HtmlElement) -> HtmlElement | None:
    """The nearest box around the picture, up to three levels above, that holds no other picture in its first 40
    nodes (``<div class="article-image"><div class="photo-credit">…</div><img>…</div>``); None for a page's own
    sections or a box with another picture."""
    for box in ancestors(img, _BOX_LEVELS):
        if box.tag in _NOT_BOX_TAGS:
            return None
        nodes = list(itertools.islice(box.iterdescendants(), _BOX_NODES + 1))
        if len(nodes) > _BOX_NODES or any(_another_picture(node, img) for node in nodes):
            return None
        if box.tag not in ("a", "picture", "span"):
            return box
    return None


_PICTURE_TAGS = frozenset(("img", "video", "iframe"))


def _another_picture(node: HtmlElement, img: HtmlElement) -> bool:
    """Is ``node`` a picture other than ``img``? A ``<noscript>`` copy of a lazy-loaded picture is the same one."""
    if node.tag not in _PICTURE_TAGS or node is img:
        return False
    return not any(anc.tag == "noscript" for anc in ancestors(node, 3))


# Attributes of an <img> (or its <figure>) that carry the caption or the credit as text.
_CAPTION_ATTRS = ("data-caption", "data-image-caption", "data-description")


_CREDIT_ATTRS = (
    "data-credit",
    "data-copyright",
    "data-portal-copyright",
    "data-photo-credit",
    "data-image-credit",
    "data-source",
    "data-author",
    "data-photographer",
)


_WRAPPER_ATTRS = (*_CAPTION_ATTRS, *_CREDIT_ATTRS)


def attribute_caption(img: HtmlElement, draft: ImageDraft) -> None:
    """Caption and credit from attributes of the image or its figure, where no element gave them.

    ``aria-describedby`` of the image or its figure names the element that describes the image: its text is the
    caption; so is the ``aria-label`` of a ``role="figure"`` box or a ``<figure>`` holding only this picture, when
    it reads as a caption (three words or more, or six Han characters) rather than a name ("Photo").
    """
    figure = enclosing_figure(img)
    figure = _role_figure(img) if figure is None else figure
    if draft.caption is None:
        draft.caption = _described_caption(img, figure)
    if draft.caption is None and figure is not None:
        draft.caption = _figure_label(figure, img)
    holders = [img]
    if figure is not None:
        holders.append(figure)
    holders += [anc for anc in ancestors(img, _WRAPPER_LEVELS) if anc is not figure and _wraps_only(anc, img)]
    for holder in holders:
        if draft.caption is None:
            draft.caption = _attr_text(holder, _CAPTION_ATTRS, 1500)
        if draft.credit is None:
            credit = _attr_text(holder, _CREDIT_ATTRS, 120)
            draft.credit = credit if credit and credit_text_ok(credit) else None


def _described_caption(img: HtmlElement, figure: HtmlElement | None) -> str | None:
    """The text of the element that ``aria-describedby`` of the image (else of its figure) names."""
    described = (img.get("aria-describedby") or (figure.get("aria-describedby") if figure is not None else "") or "")
    ids = described.split()
    if not ids:
        return None
    target = next(iter(img.getroottree().getroot().xpath("//*[@id=$id]", id=ids[0])), None)
    if target is None or not _small_caption(target):
        return None
    text = caption_text(target)
    return text if 0 < len(text) <= 1500 else None


def _role_figure(img: HtmlElement) -> HtmlElement | None:
    """A box that says it is a figure (``role="figure"``) close above the image."""
    return next((anc for anc in ancestors(img, _WRAPPER_LEVELS) if anc.get("role") == "figure"), None)


_LABEL_MIN_WORDS = 3
_LABEL_MIN_HAN = 6


def _figure_label(figure: HtmlElement, img: HtmlElement) -> str | None:
    """The ``aria-label`` of a figure holding no other picture, when it reads as a caption, not a name."""
    label = normalize_space(figure.get("aria-label") or "")
    if not label or len(label) > 1500 or any(_another_picture(n, img) for n in figure.iter(*_PICTURE_TAGS)):
        return None
    han = sum(1 for c in label if "\u4e00" <= c <= "\u9fff")
    return label if len(label.split()) >= _LABEL_MIN_WORDS or han >= _LABEL_MIN_HAN else None


# How far above an image a wrapper may carry its caption attributes (<div data-caption="…"><img></div>).
_WRAPPER_LEVELS = 3


def _wraps_only(wrapper: HtmlElement, img: HtmlElement) -> bool:
    """Does ``wrapper`` carry a caption or credit attribute and hold no picture but ``img``? (The
    attributes are read first: the images under it are only counted for a wrapper that has one.)"""
    if not any(map(wrapper.get, _WRAPPER_ATTRS)):
        return False
    return not any(_another_picture(node, img) for node in wrapper.iter(*_PICTURE_TAGS))


def _attr_text(el: HtmlElement, attrs: tuple[str, ...], limit: int) -> str | None:
    for attr in attrs:
        value = normalize_space(el.get(attr) or "")
        if value and len(value) <= limit and "<" not in value and not value.startswith(("{", "http", "/")):
            return value
    return None
