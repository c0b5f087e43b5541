"""A caption element's text as written, its credits kept apart: credit sub-elements, a credit leading the text
("Image: GCIS"), a trailing name or agency chain ("Reuters/AP"), a last line naming the photographer, and a slide's
title heading read as a line of its own; controls and hidden labels inside a caption are no text."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ..credit_text.names import is_name_phrase, looks_like_person
from ..credit_text.patterns import canonical_org
from ..document import HEADING_TAGS
from ..lexicon.captions import CAPTION_CONTROL_WORDS, SECTION_LABEL_WORDS, phrase_alternation
from ..lexicon.credits import NEWS_AGENCY_WORDS, NEWSPAPER_WORDS, OUTLET_WORDS, PHOTO_TAKEN_VERBS
from ..text import normalize_space
from .image_caption_elements import CAPTION_SKIP_TAGS, CREDIT_START, is_credit_el

__all__ = [
    "caption_text",
    "credit_text_ok",
]


# Link and toggle labels inside captions ("more >", "Expand", "Show less"), and the shop link a regional paper's CMS
# sets under each picture ("Buy Now", "Buy this photo", "Order reprint"): controls, not caption text.
_CONTROL_TEXT = re.compile(
    r"^\s*(?:\.{3}|…)?\s*(?:(?:(?:read|see|show|view)\s+)?(?:more|less|expand|collapse|close|hide|enlarge|full\s+screen)"
    r"|(?:buy|purchase|order)\s+(?:now|(?:this\s+)?(?:photo|image|picture|print|reprint)s?)"
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
    _walk(el, out, credits)
    return normalize_space(_with_title_stops("".join(out)))


def _walk(node: HtmlElement, into: list[str], credits: list[str] | None) -> None:
    """The text of ``node`` into ``into``; with ``credits``, its credit parts there instead."""
    if node.text and isinstance(node.tag, str):
        into.append(node.text)
    for child in node:
        _take_leading_line(child, into, credits)
        if child.tag in _SEPARATE_TAGS:
            into.append(" ")  # "<span>The Yomiuri Shimbun</span><span>The leaders …": two texts, not one word
        if isinstance(child.tag, str) and child.tag not in CAPTION_SKIP_TAGS and not _is_control(child):
            _walk_element(child, into, credits)
        if child.tail and credits is not None and _name_line(child, into):
            credits.append(normalize_space(child.tail))  # "…on Sunday.<br>Anna Roe": the last line names the taker
        elif child.tail and not _section_line(child):
            into.append(child.tail)


def _walk_element(child: HtmlElement, into: list[str], credits: list[str] | None) -> None:
    """The text of an element ``child`` of the caption: one credit into ``credits`` when it is one, whatever its
    parts ("Image:" + "GCIS"); else its text into ``into``, a heading's with its title end."""
    if credits is not None and (
        is_credit_el(child)
        or _leading_credit(child, into)
        or _trailing_chain(child, into)
        or _trailing_name(child, into)
    ):
        sub: list[str] = []
        _walk(child, sub, None)
        text = normalize_space("".join(sub))
        if text:
            credits.append(text)
    else:
        _walk(child, into, credits)
        into.append(_TITLE_ENDS.get(child.tag, ""))


# A slide's title heading over its description (Bootstrap's ``<div class="carousel-caption"><h5>Flood plan</h5>
# <p>Workers …</p></div>``) is a line of its own: a full stop ends it when it has none and text follows it.
_TITLE_END = "\u2029"


_TITLE_ENDS = dict.fromkeys(HEADING_TAGS, _TITLE_END)


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
    or a credit chain set in fine print ("<small>Anna Roe/Reuters</small> Vendors …"), with caption text after it:
    without this it ran into the caption as one credit, or stayed caption text."""
    if "".join(before).strip() or not (child.tail or "").strip() and child.getnext() is None:
        return False
    text = normalize_space(child.text_content())
    if child.tag in _NAME_ELEMENT_TAGS and len(text.split()) <= _MAX_CHAIN_WORDS and _SLASHED_CREDIT_CHAIN.match(text):
        return True
    label = CREDIT_START.match(text)  # the label and a name ("<strong>Image Credits:</strong> X" is one credit)
    if label is None and len(text.split()) <= _MAX_BY_CREDIT_WORDS:
        label = _BY_LABEL.match(text)  # ("<em>Photo by Anna Roe</em><br>The council …")
    return label is not None and bool(text[label.end() :].strip(" :")) and credit_text_ok(text) and (
        len(text) <= _MAX_LEADING_CREDIT
    )


# A photo word and "by" before a capitalised name, the whole first part of a caption.
_BY_LABEL = re.compile(
    r"^\s*(?:(?:photo(?:graph)?|picture|image|illustration)s?|" + "|".join(PHOTO_TAKEN_VERBS) + r")"
    r"\s+by\s+(?-i:(?=[A-Z]))",
    re.IGNORECASE,
)
_MAX_BY_CREDIT_WORDS = 8


# A credit chain of two or three parts apart by slashes, each opening with a letter ("Anna Roe/dpa", "Marco
# Rossi / ANSA", "AFP/Getty Images"); "Bild 2/5" (a count) is none. Bounded parts, no sentence marks.
_SLASHED_CREDIT_CHAIN = re.compile(r"^[^\W\d_][\w .'’&\-]{0,40}(?:/\s?[^\W\d_][\w .'’&\-]{0,40}){1,2}$")


_MAX_CHAIN_WORDS = 8


_NAME_ELEMENT_TAGS = frozenset(("small", "cite"))


def _after_sentence(before: list[str]) -> bool:
    """Caption text before, ending as a sentence ends ("Crews resurface the road on Sunday.")."""
    text = "".join(before).rstrip()
    return bool(text) and text[-1] in ".!?。！？\"”’)"


# Emphasis a caption sets its taker's name in after a dash ("… on Sunday. <em>— Anna Roe</em>").
_DASH_NAME_TAGS = frozenset(("em", "i", "span"))
_DASH = re.compile(r"[—–-]\s*+")
_EMPHASIS_TAGS = frozenset(("em", "i"))


def _trailing_name(child: HtmlElement, before: list[str]) -> bool:
    """The last element of a caption, after a sentence, holding only a person's name ("… on Sunday. <small>Anna
    Roe</small>"), or a dash and the name in emphasis ("… on Sunday. <em>— Anna Roe</em>"): the picture's taker,
    written apart without a label; in emphasis with no dash, only a person's name ("… on Sunday. <em>Anna Roe</em>")."""
    if child.getnext() is not None or (child.tail or "").strip():
        return False
    text = normalize_space(child.text_content())
    if child.tag in _EMPHASIS_TAGS and _DASH.match(text) is None:
        return _after_sentence(before) and not section_label(text) and looks_like_person(text)
    if child.tag not in _NAME_ELEMENT_TAGS:
        dash = _DASH.match(text)
        if child.tag not in _DASH_NAME_TAGS or dash is None:
            return False
        text = text[dash.end() :]
    return _after_sentence(before) and _taker_or_outlet(text)


def _section_line(child: HtmlElement) -> bool:
    """A line break closing a caption's element and a site's section label alone after it ("… on Sunday.<br>Latest
    News", "<br>Top Stories"; lexicon.captions.SECTION_LABEL_WORDS): page furniture run into the caption. In a
    paragraph (``<p><img><br>…<br>Latest News</p>``) the line is the story's to judge."""
    parent = child.getparent()
    return (
        child.tag == "br"
        and child.getnext() is None
        and parent is not None
        and parent.tag != "p"
        and section_label(child.tail or "")
    )


def section_label(text: str) -> bool:
    """``text`` is only the words of a site's label of a list of stories ("Latest News", "Most Read")."""
    words = [word.casefold().strip(",.:;!|") for word in text.split()]
    return bool(words) and len(words) <= _MAX_OUTLET_WORDS and all(word in SECTION_LABEL_WORDS for word in words)


def _taker_or_outlet(text: str) -> bool:
    """A person's name, or an outlet's of capitalised words ("Lakeside Media Group", "Valley Times"): the taker or
    the outlet written apart after the caption's sentence. An organisation of no outlet's shape ("Photo Gallery",
    "City Council", "Supreme Court") is page furniture or the caption's subject, no credit, as a site's section label
    is ("Top Stories")."""
    if section_label(text):
        return False
    if looks_like_person(text):
        return True
    if len(text.split()) > _MAX_OUTLET_WORDS or not is_name_phrase(text):
        return False
    return bool(canonical_org(text)) or _outlet_shape(text)


def _outlet_shape(text: str) -> bool:
    """A word of a paper, a broadcaster, a picture or news agency among the words ("Valley Times", "Harbour
    Images"), or a web address ("Lakeside.com")."""
    words = {word.casefold().strip(",.") for word in text.split()}
    return not words.isdisjoint(_OUTLET_WORDS) or ".com" in text.casefold()


_MAX_OUTLET_WORDS = 5
_OUTLET_WORDS = OUTLET_WORDS | NEWSPAPER_WORDS | NEWS_AGENCY_WORDS


def _name_line(child: HtmlElement, before: list[str]) -> bool:
    """A line break closing a caption, after a sentence, and a person's name alone after it ("… on Sunday.<br>Anna
    Roe"); or after caption text with no stop, and a credit chain alone after it ("Crews resurface the deck<br>Anna
    Roe/Valley Times": read as one text, the caption ended in its credit)."""
    if child.tag != "br" or child.getnext() is not None:
        return False
    line = normalize_space(child.tail or "")
    if _after_sentence(before):
        return _taker_or_outlet(line)
    return bool("".join(before).strip()) and _chain_of_credits(line)


_MAX_LINE_PIECES = 12


def _take_leading_line(child: HtmlElement, into: list[str], credits: list[str] | None) -> None:
    """Move the caption's first line to ``credits`` when it is only a credit chain (:func:`_leading_line`)."""
    if credits is not None and _leading_line(child, into):
        credits.append(normalize_space("".join(into)))  # "Anna Roe/Valley Times<br>The council …"
        into.clear()


def _leading_line(child: HtmlElement, before: list[str]) -> bool:
    """A caption's first line, before a line break with caption text after it, that is only a credit chain whose
    parts are a taker, an outlet or an agency ("Anna Roe/Valley Times<br>Crews resurface …"): read as one text, the
    caption ran into the credit's last part ("Valley Times Crews resurface …" as an organisation). "Paris/Berlin" names
    no one and stays."""
    if len(before) > _MAX_LINE_PIECES:
        return False  # a first line of many pieces is no chain (and the join below stays short at every <br>)
    if child.tag != "br" or not ((child.tail or "").strip() or child.getnext() is not None):
        return False
    return _chain_of_credits(normalize_space("".join(before)))


def _chain_of_credits(text: str) -> bool:
    """``text`` is only a credit chain whose parts are a taker, an outlet or an agency ("Anna Roe/Valley Times");
    "Paris/Berlin" names no one."""
    if not text or len(text.split()) > _MAX_CHAIN_WORDS or _SLASHED_CREDIT_CHAIN.match(text) is None:
        return False
    parts = [part.strip() for part in text.split("/")]
    return all(map(_taker_or_outlet, parts)) and any(looks_like_person(p) or canonical_org(p) for p in parts)


def _trailing_chain(child: HtmlElement, before: list[str]) -> bool:
    """The last element of a caption, after caption text, that is only a credit chain ("<span>Das Rathaus am
    Dienstag</span><span>Anna Roe/dpa</span>"): read as one text, the two ran together with no mark between."""
    if not "".join(before).strip() or child.getnext() is not None or (child.tail or "").strip():
        return False
    text = normalize_space(child.text_content())
    return len(text.split()) <= _MAX_CHAIN_WORDS and _SLASHED_CREDIT_CHAIN.match(text) is not None


_NOT_CREDIT = re.compile(r"rights\s+reserved|版权所有|\d{4}\s*[-年/.]\s*\d{1,2}|\d{1,2}:\d{2}", re.IGNORECASE)


def credit_text_ok(text: str) -> bool:
    """A credit is short and is not a copyright footer or a date line."""
    return 0 < len(text) <= 120 and not _NOT_CREDIT.search(text)
