"""Caption and credit elements of an image, and their text as written.

A caption element (``<figcaption>``, WordPress ``wp-caption-text``, an element whose class or
itemprop mentions "caption") is attached to the image before it when both are close in the tree;
credit sub-elements (class mentions credit, copyright, source …; ``<cite>``; itemprop
copyrightHolder) are kept apart in ``ImageDraft.credit``. Plain text elements beside the image in
a small wrapper are read as caption and credit too (:func:`~cqnews.extract.image_siblings.sibling_caption`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from ..credit_text.names import looks_like_person
from ..draft import ImageDraft
from ..lexicon.captions import CAPTION_CLASS_WORDS, CAPTION_CONTROL_WORDS, CREDIT_CLASS_WORDS, phrase_alternation
from ..lexicon.credits import PHOTO_WORDS, SOURCE_WORDS
from ..lexicon.quote_patterns import trie_pattern
from ..text import normalize_space, written_once
from .image_tree import MAX_CAPTION_NODES, WORD_SPLIT, ancestors, enclosing_figure, is_element

__all__ = [
    "CAPTION_SKIP_TAGS",
    "CREDIT_START",
    "attach",
    "attach_text",
    "attribute_caption",
    "box_credit",
    "caption_text",
    "consume",
    "credit_text_ok",
    "is_caption_el",
    "is_credit_el",
    "is_standalone_credit",
    "may_caption",
    "near",
    "precedes",
]


_CREDIT_PARTS = (
    "credit",
    "copyright",
    "byline",
    "photographer",
    "distributor",
    "source",
    "courtesy",
    "attribution",
    "author",
    "autor",
    "fotograf",
    # the same in other languages' class names: "bildquelle", "urheber", "bildnachweis", "bildrechte",
    # "image-rights", "fuente", "fonte", "droits"
    "quelle",
    "urheber",
    "nachweis",
    "rechte",
    "rights",
    "fuente",
    "fonte",
    "droits",
)


# Not caption text: controls and scripts, and the byline (<address>) and date (<time>) some figures hold.
CAPTION_SKIP_TAGS = frozenset(
    ("svg", "script", "style", "button", "noscript", "input", "label", "template", "select", "address", "time")
)


# A text that starts like a credit ("Image Credits:", "Photo:", "©", and the labels of other languages:
# "Foto:", "Bild:", "Quelle:", "Crédit photo :").
_PICTURE_LABELS = (
    r"©|\(c\)|copyright\b|(?:image|photo|picture)s?\s+credits?\s*:|(?:photo|picture|image)s?\s*[:/]|credits?\s*:"
    r"|photographers?\s*:"
    r"|(?:image|photo|picture)\s+source\s*[,:：]"  # (the BBC's "Image source, Getty Images")
)
CREDIT_START = re.compile(
    r"^\s*(?:" + _PICTURE_LABELS + r"|(?:" + "|".join((*PHOTO_WORDS, *SOURCE_WORDS)) + r")\s*:)", re.IGNORECASE
)
# The same without the labels of a source ("Quelle:", "Fuente:"), which credit an article's text as well.
PICTURE_CREDIT_START = re.compile(
    r"^\s*(?:" + _PICTURE_LABELS + r"|(?:" + "|".join(PHOTO_WORDS) + r")\s*:)", re.IGNORECASE
)


_NEAR_LEVELS = 5


def is_credit_el(el: HtmlElement) -> bool:
    if el.tag == "cite":
        return True
    itemprop = (el.get("itemprop") or "").lower()
    if "copyrightholder" in itemprop or "credittext" in itemprop or itemprop == "author":
        return True
    cls = (el.get("class") or "").lower()
    if not any(part in cls for part in _CREDIT_PARTS):
        return False
    if "caption" in cls:
        # "image-source-caption" wraps caption and credit; "caption__credit" is the credit itself
        for count, node in enumerate(el.iterdescendants()):
            if count > MAX_CAPTION_NODES or (is_element(node) and is_caption_el(node)):
                return False
        return True
    return True


def is_standalone_credit(el: HtmlElement) -> bool:
    """A credit element outside any caption: only explicit credit/copyright markers (not bylines)."""
    itemprop = (el.get("itemprop") or "").lower()
    if "copyrightholder" in itemprop or "credittext" in itemprop:
        return True
    cls = (el.get("class") or "").lower()
    return any(map(cls.__contains__, CREDIT_CLASS_WORDS)) and is_credit_el(el)


# Every class or itemprop that :func:`is_caption_el` or :func:`is_standalone_credit` accepts holds one of
# these (the text words of a media class, "description", "legende", "bildtext", hold desc/legend/text). A trie:
# a case-blind alternation of some thirty words is tried word by word at every position (three times slower).
_CAPTION_CLASS_HINT = re.compile(
    trie_pattern((*CREDIT_CLASS_WORDS, "desc", "legend", "text", *CAPTION_CLASS_WORDS)),
    re.IGNORECASE,
)
_CAPTION_ITEMPROP_HINT = re.compile(r"caption|copyrightholder|credittext", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _caption_class_hint(cls: str) -> bool:
    """:data:`_CAPTION_CLASS_HINT` found in a class string; pages repeat their class strings, so the
    verdicts are kept (a search over a long class string costs more than the whole rest of the walk step)."""
    return _CAPTION_CLASS_HINT.search(cls) is not None


def may_caption(el: HtmlElement) -> bool:
    """Cheap pre-test run on every element after an image: only these can be a caption or credit element."""
    if el.tag == "figcaption":
        return True
    cls = el.get("class")
    if cls is not None and _caption_class_hint(cls):
        return True
    itemprop = el.get("itemprop")
    return itemprop is not None and _CAPTION_ITEMPROP_HINT.search(itemprop) is not None


def is_caption_el(el: HtmlElement) -> bool:
    if el.tag in CAPTION_SKIP_TAGS:
        return False  # "<time class=caption2>": a typography class on a date
    if el.tag == "figcaption":
        return True
    if "caption" in (el.get("itemprop") or "").lower():
        return True
    cls = (el.get("class") or "").lower()
    if any(map(cls.__contains__, CAPTION_CLASS_WORDS)):
        return not any(bad in cls for bad in ("drawer", "video-caption", "caption-header", "captionheader"))
    return any(_media_text_token(token) for token in cls.split())


# A class token naming the text of a picture: a text word with a media word
# ("detail-img__description", "image-description", "photo-legend", "bild-text", "media__desc").
_TEXT_PARTS = frozenset(("description", "desc", "legend", "legende", "bildtext", "bildunterschrift", "text"))
_PICTURE_PARTS = frozenset(("image", "img", "photo", "picture", "pic", "media", "figure", "gallery", "bild", "foto"))


def _media_text_token(token: str) -> bool:
    parts = set(WORD_SPLIT.split(token))
    return bool(parts & _TEXT_PARTS) and bool(parts & _PICTURE_PARTS)


# Link and toggle labels inside captions ("more >", "Expand", "Show less"): controls, not caption text.
_CONTROL_TEXT = re.compile(
    r"^\s*(?:\.{3}|…)?\s*(?:(?:(?:read|see|show|view)\s+)?(?:more|less|expand|collapse|close|hide|enlarge|full\s+screen)"
    r"|" + phrase_alternation(CAPTION_CONTROL_WORDS) + r")"
    r"\s*(?:[>»›+]|&gt;)?\s*$",
    re.IGNORECASE,
)


# Caption parts not shown as caption text: screen-reader labels ("Image:" before the caption, an "off-screen" span
# "Image caption") and the shortened copy of a caption that also has its full text ("caption-full" +
# "caption-truncated").
_HIDDEN_CLASS = re.compile(r"visually-?hidden|sr-only|screen-?reader|off-?screen|truncated", re.IGNORECASE)


def _is_control(el: HtmlElement) -> bool:
    """A part of a caption that is not caption text: a control label ("more >") or a hidden copy/label."""
    if _HIDDEN_CLASS.search(el.get("class") or ""):
        return True
    if el.tag not in ("a", "span", "button") or len(el) > 2:
        return False
    text = el.text_content()
    return len(text) <= 24 and bool(_CONTROL_TEXT.match(text))


# Elements whose text stands apart from the text before them, even with no space in the markup.
_SEPARATE_TAGS = frozenset(
    ("div", "p", "span", "small", "cite", "br", "li", "figcaption", "section", "header", "footer")
)


def caption_text(el: HtmlElement, credits: list[str] | None = None) -> str:
    """Text of ``el`` without scripts, icons and buttons; credit sub-elements go to ``credits``.

    When ``credits`` is None the credit elements' text stays in the result.
    """
    out: list[str] = []

    def walk(node: HtmlElement, into: list[str], split: bool) -> None:
        if node.text and isinstance(node.tag, str):
            into.append(node.text)
        for child in node:
            if child.tag in _SEPARATE_TAGS:
                into.append(" ")  # "<span>The Yomiuri Shimbun</span><span>The leaders …": two texts, not one word
            if isinstance(child.tag, str) and child.tag not in CAPTION_SKIP_TAGS and not _is_control(child):
                if split and credits is not None and (
                    is_credit_el(child)
                    or _leading_credit(child, into)
                    or _trailing_chain(child, into)
                    or _trailing_name(child, into)
                ):
                    sub: list[str] = []
                    walk(child, sub, False)  # one credit, whatever its parts ("Image:" + "GCIS")
                    text = normalize_space("".join(sub))
                    if text:
                        credits.append(text)
                else:
                    walk(child, into, split)
                    into.append(_TITLE_ENDS.get(child.tag, ""))
            if child.tail and split and credits is not None and _name_line(child, into):
                credits.append(normalize_space(child.tail))  # "…on Sunday.<br>Anna Roe": the last line names the taker
            elif child.tail:
                into.append(child.tail)

    walk(el, out, True)
    return normalize_space(_with_title_stops("".join(out)))


# A slide's title heading over its description (Bootstrap's ``<div class="carousel-caption"><h5>Flood plan</h5>
# <p>Workers …</p></div>``) is a line of its own: a full stop ends it when it has none and text follows it.
_TITLE_END = "\u2029"
_TITLE_ENDS = dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), _TITLE_END)
_TITLE_GAP = re.compile(r"([^\s.!?:;。！？：；…])[^\S\u2029]*\u2029\s*(?=\S)")


def _with_title_stops(text: str) -> str:
    """``text`` with the title ends marked in it written as stops (or spaces)."""
    return _TITLE_GAP.sub(_title_stop, text).replace(_TITLE_END, " ") if _TITLE_END in text else text


def _title_stop(match: re.Match[str]) -> str:
    """The title's last character and the stop written in its script."""
    last = match.group(1)
    return last + ("。" if "\u3040" <= last <= "\u9fff" else ". ")


_MAX_LEADING_CREDIT = 120


def _leading_credit(child: HtmlElement, before: list[str]) -> bool:
    """A first part of a caption that is a labelled credit by itself ("<span>© Anna Roe</span><p>The council …"),
    with caption text after it: without this it ran into the caption as one credit."""
    if "".join(before).strip() or not (child.tail or "").strip() and child.getnext() is None:
        return False
    text = normalize_space(child.text_content())
    label = CREDIT_START.match(text)  # the label and a name ("<strong>Image Credits:</strong> X" is one credit)
    return label is not None and bool(text[label.end() :].strip(" :")) and credit_text_ok(text) and (
        len(text) <= _MAX_LEADING_CREDIT
    )


# A credit chain of two or three parts apart by slashes, each opening with a letter ("Anna Roe/dpa", "Marco
# Rossi / ANSA", "AFP/Getty Images"); "Bild 2/5" (a count) is none. Bounded parts, no sentence marks.
_CHAIN = re.compile(r"^[^\W\d_][\w .'’&\-]{0,40}(?:/\s?[^\W\d_][\w .'’&\-]{0,40}){1,2}$")
_MAX_CHAIN_WORDS = 8


_NAME_ELEMENT_TAGS = frozenset(("small", "cite"))


def _after_sentence(before: list[str]) -> bool:
    """Caption text before, ending as a sentence ends ("Crews resurface the road on Sunday.")."""
    text = "".join(before).rstrip()
    return bool(text) and text[-1] in ".!?。！？\"”’)"


def _trailing_name(child: HtmlElement, before: list[str]) -> bool:
    """The last element of a caption, after a sentence, holding only a person's name ("… on Sunday. <small>Anna
    Roe</small>"): the picture's taker, written apart without a label."""
    if child.tag not in _NAME_ELEMENT_TAGS or child.getnext() is not None or (child.tail or "").strip():
        return False
    return _after_sentence(before) and looks_like_person(normalize_space(child.text_content()))


def _name_line(child: HtmlElement, before: list[str]) -> bool:
    """A line break closing a caption, after a sentence, and a person's name alone after it ("… on Sunday.<br>Anna
    Roe")."""
    return (
        child.tag == "br"
        and child.getnext() is None
        and _after_sentence(before)
        and looks_like_person(normalize_space(child.tail or ""))
    )


def _trailing_chain(child: HtmlElement, before: list[str]) -> bool:
    """The last element of a caption, after caption text, that is only a credit chain ("<span>Das Rathaus am
    Dienstag</span><span>Anna Roe/dpa</span>"): read as one text, the two ran together with no mark between."""
    if not "".join(before).strip() or child.getnext() is not None or (child.tail or "").strip():
        return False
    text = normalize_space(child.text_content())
    return len(text.split()) <= _MAX_CHAIN_WORDS and _CHAIN.match(text) is not None


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


_NOT_CREDIT = re.compile(r"rights\s+reserved|版权所有|\d{4}\s*[-年/.]\s*\d{1,2}|\d{1,2}:\d{2}", re.IGNORECASE)


def credit_text_ok(text: str) -> bool:
    """A credit is short and is not a copyright footer or a date line."""
    return 0 < len(text) <= 120 and not _NOT_CREDIT.search(text)


def _small_caption(cap: HtmlElement) -> bool:
    """A caption element is a small subtree without pictures (not a page wrapper named "…caption…")."""
    for count, node in enumerate(cap.iterdescendants()):
        if count >= MAX_CAPTION_NODES or node.tag in ("img", "picture", "video", "iframe", "article", "section"):
            return False
    return True


def attach(draft: ImageDraft, cap: HtmlElement, consumed: set[HtmlElement]) -> None:
    if _small_caption(cap):
        attach_text(draft, cap, consumed)


def attach_text(draft: ImageDraft, cap: HtmlElement, consumed: set[HtmlElement]) -> None:
    """Attach ``cap``'s text to ``draft`` as caption, its credit sub-elements as credit, and consume it."""
    credits: list[str] = []
    text = written_once(caption_text(cap, credits).strip(" -–—|/"))
    if text and draft.caption is None and len(text) <= 1500:
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
        and credit_text_ok(text)
        and len(text.split()) <= _MAX_LABELLED_CREDIT_WORDS
    )


_BOX_LEVELS = 3
_BOX_NODES = 40
_NOT_BOX_TAGS = frozenset(("body", "article", "main", "section"))


def box_credit(img: HtmlElement, draft: ImageDraft, consumed: set[HtmlElement]) -> None:
    """A labelled credit printed beside the picture in a small box that shows no other picture, whatever the
    element's class ("<figure>…<small>© Anna Roe</small>", "<div class=image-box>…<div>Источник: X</div>"): a
    designer puts a picture's credit next to it, under a label a reader knows."""
    if draft.credit is not None:
        return
    for box in ancestors(img, _BOX_LEVELS):
        if box.tag in _NOT_BOX_TAGS:
            return
        found = None
        for count, node in enumerate(box.iterdescendants()):
            if count > _BOX_NODES or _another_picture(node, img):
                return  # a big wrapper, or one with another picture: its credits may be another picture's
            if found is None and node not in consumed and _labelled_credit(node):
                found = node
        if found is not None:
            draft.credit = normalize_space(found.text_content())
            consume(found, consumed)
            return


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

    ``aria-describedby`` names the element that describes the image: its text is the caption.
    """
    described = (img.get("aria-describedby") or "").split()
    if draft.caption is None and described:
        target = next(iter(img.getroottree().getroot().xpath("//*[@id=$id]", id=described[0])), None)
        if target is not None and _small_caption(target):
            text = caption_text(target)
            draft.caption = text if 0 < len(text) <= 1500 else None
    holders = [img]
    figure = enclosing_figure(img)
    if figure is not None:
        holders.append(figure)
    holders += [anc for anc in ancestors(img, _WRAPPER_LEVELS) if anc is not figure and _wraps_only(anc, img)]
    for holder in holders:
        if draft.caption is None:
            draft.caption = _attr_text(holder, _CAPTION_ATTRS, 1500)
        if draft.credit is None:
            credit = _attr_text(holder, _CREDIT_ATTRS, 120)
            draft.credit = credit if credit and credit_text_ok(credit) else None


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
