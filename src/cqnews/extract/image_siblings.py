"""Caption and credit written as plain text elements beside the picture in a small wrapper.

``<div><picture><img></picture><div>Caption</div><div>REUTERS</div></div>``: no caption element, only the
wrapper that holds the picture and one or two short texts (:func:`sibling_caption`); a ``<figure>`` (or a
``<dl>`` holding the picture as its term) whose caption is a plain paragraph (:func:`figure_text_caption`).
"""

from __future__ import annotations

import re
from itertools import islice

from lxml.html import HtmlElement

from ..credit_text.photo import split_photo_credit
from ..document import HEADING_TAGS
from ..draft import ImageDraft
from .image_caption_elements import is_caption_el
from .image_caption_text import caption_text, credit_text_ok
from .image_captions import attach, consume
from .image_tree import MAX_CAPTION_NODES, ancestors, is_element, sole_wrapper

__all__ = ["figure_text_caption", "sibling_caption"]


_TEXT_TAGS = frozenset(("p", "div", "span", "small", "em", "i", "cite", "figcaption", "strong", "b"))


_MAX_SIBLING_CAPTION = 400


def _is_empty(el: HtmlElement) -> bool:
    """No text and no media inside (spacer spans, empty overlays)."""
    if (el.text or "").strip() or len(el) > 8:
        return False
    for count, node in enumerate(el.iterdescendants()):
        if count > 50:
            return False
        if not is_element(node):
            continue
        if node.tag in ("img", "picture", "video", "iframe") or (node.text or "").strip() or (node.tail or "").strip():
            return False
    return True


def sibling_caption(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """Caption and credit written as plain text elements next to the image inside a small wrapper.

    ``<div><picture><img></picture><div>Caption</div><div>REUTERS</div></div>``: the wrapper holds the
    media element and one to three short text elements and nothing else.
    """
    texts = _sibling_texts(_media_box(img), consumed, draft.credit)
    if not texts or len(texts) > 2:
        return
    caption_el, caption = texts[0]
    if len(texts) == 1 and _label(caption):
        return  # "Liveblog", "Video", "FAQ" over a teaser picture: a label, not a caption
    if len(texts) == 2 and draft.caption is None and _title_over_sentence(caption, texts[1][1]):
        # a slide's title over its text ("Harbour at dawn", then "Crews …"): the text is the caption, the title no
        # credit (as enrich.captions reads a lower-case title over a sentence)
        draft.caption = texts[1][1]
        consume(caption_el, consumed)
        consume(texts[1][0], consumed)
        return
    attach(draft, caption_el, consumed)
    if len(texts) == 2 and draft.credit is None:
        credit_el, credit = texts[1]
        if len(credit.split()) <= 12 and credit_text_ok(credit):
            draft.credit = credit
            consume(credit_el, consumed)


_MAX_TITLE_WORDS = 6
_MIN_SENTENCE_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?。！？][\"'’”）)]?$")


def _title_over_sentence(title: str, text: str) -> bool:
    """A short title with no closing stop over a sentence that is no credit ("Harbour at dawn" over "Crews repair the
    pier on Tuesday.", a credit after it or not): a gallery slide's title and description (Wix, Squarespace), no
    caption and its credit."""
    if _SENTENCE_END.search(title) or len(title.split()) > _MAX_TITLE_WORDS:
        return False
    sentence = split_photo_credit(text)[0]
    if sentence is None or not _SENTENCE_END.search(sentence):
        return False
    if any(map(_han, sentence)):
        return len(sentence) >= _MIN_HAN_SENTENCE
    words = sentence.split()
    return len(words) >= _MIN_SENTENCE_WORDS and any(word[:1].islower() for word in words)


_MIN_HAN_SENTENCE = 10


def _han(char: str) -> bool:
    """A kana or Han character (a sentence in those scripts is counted in characters, not words)."""
    return "\u3040" <= char <= "\u9fff"


_MAX_LABEL = 12


def _label(text: str) -> bool:
    """One short word in an alphabet with spaces between words: a content label, not a caption."""
    return " " not in text and len(text) <= _MAX_LABEL and text.isalpha() and text.isascii()


_SAME_PICTURE = frozenset(("source", "noscript"))
_MEDIA_WRAPPERS = frozenset(("source", "picture", "a", "span", "div"))


def _media_box(img: HtmlElement) -> HtmlElement:
    """The outermost of the <source>/<picture>/<a>/<span>/<div> wrappers that hold only the image."""
    return sole_wrapper(img, 4, _MEDIA_WRAPPERS, _holds_only_picture)


def _holds_only_picture(parent: HtmlElement, media: HtmlElement) -> bool:
    """Nothing beside ``media`` in ``parent`` but empty elements, the <source> siblings and the <noscript> copy of
    the image (the same picture, not content beside it)."""
    beside = (c for c in parent if c is not media and is_element(c) and c.tag not in _SAME_PICTURE)
    return all(_is_empty(c) for c in beside)


_NOT_IN_SIBLING_CAPTION = ("img", "picture", "video", "a", *HEADING_TAGS, "ul", "ol")


def caption_before(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """A caption element written before the picture in a plain wrapper of the two (``<div><div class="caption">…</div>
    <img></div>``): the wrapper holds the caption element, then the media element, and nothing else."""
    media = _media_box(img)
    wrapper = media.getparent()
    if wrapper is None or wrapper.tag in ("body", "article", "main", "section"):
        return
    children = [
        c
        for c in wrapper
        if c is media or (is_element(c) and c.tag not in ("script", "style", "noscript", "br") and not _is_empty(c))
    ]
    if len(children) != 2 or children[1] is not media or (wrapper.text or "").strip():
        return
    caption_el = children[0]
    if caption_el in consumed or not is_caption_el(caption_el):
        return
    if any(True for _ in caption_el.iter(_NOT_IN_SIBLING_CAPTION)):
        return
    if 0 < len(caption_text(caption_el)) <= _MAX_SIBLING_CAPTION:
        attach(draft, caption_el, consumed)


def _sibling_texts(
    media: HtmlElement, consumed: set[HtmlElement], credit: str | None = None
) -> list[tuple[HtmlElement, str]] | None:
    """The short text elements after ``media`` in its wrapper, or None when the wrapper holds anything else. The
    element already read as the picture's ``credit`` (a class-marked credit, ``<p class="pic-source">图/视觉中国</p>``)
    is left out, not a reason to give up."""
    wrapper = media.getparent()
    if wrapper is None or wrapper.tag in ("body", "article", "main", "section"):
        return None
    children = [
        c
        for c in wrapper
        if c is media or (is_element(c) and c.tag not in ("script", "style", "noscript", "br") and not _is_empty(c))
    ]
    if not 2 <= len(children) <= 4 or children[0] is not media:
        return None
    texts: list[tuple[HtmlElement, str]] = []
    rest = [c for c in _unwrapped(children[1:]) if not _read_credit(c, consumed, credit)]
    for child in rest:
        if (child.tag not in _TEXT_TAGS and (child.tag not in _SMALL_HEADINGS or len(rest) > 1)) or child in consumed:
            return None
        if any(True for _ in child.iterdescendants(_NOT_IN_SIBLING_CAPTION)):
            return None
        text = caption_text(child)
        if not text:
            continue
        if len(text) > _MAX_SIBLING_CAPTION or len(list(child.iter("p"))) > 1:
            return None
        texts.append((child, text))
    return texts


def _read_credit(child: HtmlElement, consumed: set[HtmlElement], credit: str | None) -> bool:
    return credit is not None and child in consumed and caption_text(child) == credit


# A small heading alone after the picture in the picture's own small wrapper is a caption written as a heading
# (<div><img><h6>The bridge at dusk.</h6></div>); a heading with a sentence after it there opens a section.
_SMALL_HEADINGS = frozenset(("h5", "h6"))


def _unwrapped(children: list[HtmlElement]) -> list[HtmlElement]:
    """One text box after the picture holding a caption and a credit as two paragraphs
    (``<div class=photo-info><p>Caption</p><p>Credit: X</p></div>``), or a slide's title and description as two
    plain boxes (Squarespace's ``<div class="meta"><div class="meta-title">…</div><div class="meta-description">…
    </div></div>``), stands for those two elements."""
    if len(children) != 1 or children[0].tag != "div" or (children[0].text or "").strip():
        return children
    inner = [c for c in children[0] if is_element(c)]
    if len(inner) == 2 and all(_plain_text_box(c, inner[0].tag) for c in inner):
        return inner
    return children


def _plain_text_box(el: HtmlElement, tag: str) -> bool:
    """A paragraph, or a box holding no box and at most one paragraph (its text in it), of the given tag, with at
    most three inline elements."""
    if el.tag != tag or tag not in ("p", "div") or len(el) > 3:
        return False
    blocks = [c for c in el if c.tag in ("p", "div")]
    return not blocks or (tag == "div" and len(el) == 1 and blocks[0].tag == "p" and _plain_text_box(blocks[0], "p"))


_FIGURE_LEVELS = 4
# (a small heading inside the figure, after the picture, is its caption too: <figure><img><h5>Caption</h5></figure>)
_FIGURE_TEXT_TAGS = _TEXT_TAGS | {"dd", "h4", "h5", "h6"}
_FIGURE_CHILDREN = 6  # a "figure" with more children wraps a whole story, not one picture


def figure_text_caption(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """``<figure><img><p>Caption</p><p class=credit>…</p></figure>``: in a figure without ``<figcaption>``,
    the first short text element after the picture is its caption (a credit found first does not stop it).
    A definition list holding the picture as its term (``<dl><dt><img></dt><dd>Caption</dd></dl>``, older
    publishing systems) is such a figure."""
    path = [img, *ancestors(img, _FIGURE_LEVELS)]
    k = next((k for k, anc in enumerate(path) if anc.tag in ("figure", "dl")), None)
    if k is None or len(path[k]) > _FIGURE_CHILDREN:
        return
    figure, inside = path[k], set(path[:k])
    if figure.tag == "dl" and not any(anc.tag == "dt" for anc in inside):
        return
    if any(el.tag == "figcaption" for el in islice(figure.iterdescendants(), MAX_CAPTION_NODES)):
        return  # (bounded: a figure this small holds its caption near the top)
    after = False
    for child in figure:
        if not after:
            after = child in inside
            continue
        if not is_element(child) or child in consumed or child.tag not in _FIGURE_TEXT_TAGS:
            continue
        if any(True for _ in child.iterdescendants(_NOT_IN_SIBLING_CAPTION)):
            return
        text = caption_text(child)
        if text and len(text) <= _MAX_SIBLING_CAPTION:
            attach(draft, child, consumed)
        return
