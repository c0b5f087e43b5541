"""Which elements are an image's caption or credit: caption and credit classes, itemprops and tags, a credit's
opening label ("Photo:", "©", "Quelle:"), and the tags whose text is never caption text."""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from ..lexicon.alternation import trie_pattern
from ..lexicon.captions import CAPTION_CLASS_TOKENS, CAPTION_CLASS_WORDS, CREDIT_CLASS_WORDS, SOURCE_CLASS_PARTS
from ..lexicon.credits import PHOTO_WORDS, SOURCE_WORDS
from .image_tree import MAX_CAPTION_NODES, WORD_SPLIT, is_element

__all__ = [
    "CAPTION_SKIP_TAGS",
    "CREDIT_START",
    "PICTURE_CREDIT_START",
    "is_caption_el",
    "is_credit_el",
    "is_standalone_credit",
    "may_caption",
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
    if any(map(cls.__contains__, CREDIT_CLASS_WORDS)):
        return is_credit_el(el)
    # (a <picture>'s <source> holds no text; "image-source-caption" wrapping a caption is no credit: is_credit_el)
    if el.tag in CAPTION_SKIP_TAGS or el.tag == "source":
        return False
    return any(_media_source_token(token) for token in cls.split()) and is_credit_el(el)


def _media_source_token(token: str) -> bool:
    """A class token naming a picture's source, a source word beside a picture word ("figure-source", "media__source",
    "bild-quelle"; lexicon.captions.SOURCE_CLASS_PARTS): where the picture came from, a credit element of the figure."""
    parts = set(WORD_SPLIT.split(token))
    return bool(parts & SOURCE_CLASS_PARTS) and bool(parts & _PICTURE_PARTS)


# Every class or itemprop that :func:`is_caption_el` or :func:`is_standalone_credit` accepts holds one of
# these (the text words of a media class, "description", "legende", "bildtext", hold desc/legend/text). A trie:
# a case-blind alternation of some thirty words is tried word by word at every position (three times slower).
_CAPTION_HINT_WORDS = (
    *CREDIT_CLASS_WORDS, *sorted(SOURCE_CLASS_PARTS), "desc", "legend", "text", "txt", "info", *CAPTION_CLASS_WORDS
)
_CAPTION_CLASS_HINT = re.compile(trie_pattern(_CAPTION_HINT_WORDS), re.IGNORECASE)
# The words are lowercase ASCII, so in an ASCII class string (nearly all) the lowered string finds them without
# IGNORECASE, whose per-character folding makes the search about four times slower.
_CAPTION_CLASS_HINT_LOWER = re.compile(trie_pattern(_CAPTION_HINT_WORDS))


_CAPTION_ITEMPROP_HINT = re.compile(r"caption|copyrightholder|credittext", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _caption_class_hint(cls: str) -> bool:
    """:data:`_CAPTION_CLASS_HINT` found in a class string; pages repeat their class strings, so the
    verdicts are kept (a search over a long class string costs more than the whole rest of the walk step)."""
    if not CAPTION_CLASS_TOKENS.isdisjoint(cls.lower().split()):
        return True
    if cls.isascii():
        return _CAPTION_CLASS_HINT_LOWER.search(cls.lower()) is not None
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
    tokens = cls.split()
    return not CAPTION_CLASS_TOKENS.isdisjoint(tokens) or any(_media_text_token(token) for token in tokens)


# A class token naming the text of a picture: a text word with a media word
# ("detail-img__description", "image-description", "photo-legend", "bild-text", "media__desc", "img_txt").
_TEXT_PARTS = frozenset(("description", "desc", "legend", "legende", "bildtext", "bildunterschrift", "text", "txt"))


_PICTURE_PARTS = frozenset(("image", "img", "photo", "picture", "pic", "media", "figure", "gallery", "bild", "foto"))


# "Info" beside a word of a still picture ("pic-info", "img_info", "photo-info": Chinese and Asian portals' caption
# boxes); beside "media" or "gallery" it may be a player's or a set's details, no caption.
_INFO_PICTURE_PARTS = frozenset(("image", "img", "photo", "picture", "pic", "bild", "foto"))


def _media_text_token(token: str) -> bool:
    parts = set(WORD_SPLIT.split(token))
    if "info" in parts and parts & _INFO_PICTURE_PARTS:
        return True
    return bool(parts & _TEXT_PARTS) and bool(parts & _PICTURE_PARTS)
