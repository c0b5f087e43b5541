"""The date a page shows as its last update, for pages that declare none.

Local papers in many languages write it after a label on the date line under the headline: "Publié le
18/11/2026 à 07h30 - Mis à jour le 19/11/2026 à 10h15", "Обновлено: 19 ноября 2026, 09:05", "수정
2026.11.19 19:20". Without JSON-LD ``dateModified`` or an ``article:modified_time`` meta, the Article
had no ``updated`` date although the page shows one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from lxml import etree
from lxml.html import HtmlElement

from ..lexicon.alternation import trie_pattern
from ..lexicon.dates import UPDATED_LABELS
from ..text import normalize_space

__all__ = [
    "before_update_label",
    "body_texts",
    "opens_with_update",
    "short_text_names_update",
    "shown_updated",
    "update_label_before",
]

# The label opens the text, or follows a separator of the date line ("… 07h30 - Mis à jour le …", "· Updated") or
# the full stop of a sentence ("Published March 5, 2026. Updated March 9, 2026").
# Bounded: a short separator run, then one label word; the date must follow within _DATE_REACH characters.
_LABEL = re.compile(
    r"(?:^|[|·•\-–—/,(]\s{0,3}|\.\s{1,3})(?<!\w)(?i:"
    + "|".join(re.escape(label) for label in UPDATED_LABELS)
    + r")(?!\w)"
)
# The labels alone, lower-cased, as one trie: a text node holding none of them (nearly all) is turned away
# by one C-level scan before the label's context is read.
_ANY_LABEL = re.compile(trie_pattern(UPDATED_LABELS))
_DIGIT = re.compile(r"\d")
# The text nodes of the body in document order, as plain strings; are two of them side by side? (Linear: a lone
# positional predicate stops the sibling axis at its first node, and a predicate merges no node-sets; the path
# "text()/following-sibling::node()[1][self::text()]" took minutes on a <div> of 100 000 links.)
_TEXT_NODES = etree.XPath("descendant::text()", smart_strings=False)
_ADJACENT_TEXT = etree.XPath("boolean(descendant::text()[following-sibling::node()[1]/self::text()])")
_DATE_REACH = 80
_MAX_TEXT = 200  # a date line is short; a longer text is prose
_MAX_TEXTS = 3000  # text nodes read: the date line stands near the top of the page
_LABEL_ALONE_REACH = 2  # a label alone in its element: its date is in one of the next text nodes
# An update label ending the words before a date ("Updated: ", "Updated on ", "更新时间："); only the last
# _LABEL_TAIL characters are read.
_LABEL_AT_END = re.compile(
    r"(?:" + "|".join(re.escape(label) for label in UPDATED_LABELS) + r")"
    r"\s{0,3}(?:on|le|am|el|il)?\s{0,3}[:：]?\s{0,3}$"
)
_LABEL_TAIL = 40


def opens_with_update(text: str) -> bool:
    """Does ``text`` open with an update label ("Updated 3 March 2026 10:00", "Mis à jour le …")?

    The date such a line shows is when the article last changed, not when it was published."""
    return text.lstrip().lower().startswith(UPDATED_LABELS)


def before_update_label(text: str) -> str:
    """``text`` up to its first update label after a separator ("By Jane Porter | Updated 3 March 2026" ->
    "By Jane Porter | "): what a date line says before it turns to the update."""
    match = _LABEL.search(text) if _ANY_LABEL.search(text.lower()) else None
    return text[: match.start()] if match else text


def update_label_before(text: str) -> bool:
    """Do the words before a date (``text``) end with an update label ("… | Updated: ", "更新时间：")?"""
    return _LABEL_AT_END.search(text[-_LABEL_TAIL:].lower()) is not None


def shown_updated(root: HtmlElement) -> list[str]:
    """The text after the first update label near the top of the page that holds a date (to be parsed
    by the caller), as a one-item list; empty when there is none."""
    body = root.find("body")
    if body is None:
        return []
    nodes = _TEXT_NODES(body)
    if not short_text_names_update(nodes):
        return []  # (most pages name no update in a short text: one scan in C turns them away)
    # the texts itertext() reads (see body_texts), from the list already made when it holds them
    texts = itertools.islice(body.itertext(), _MAX_TEXTS) if _ADJACENT_TEXT(body) else nodes[:_MAX_TEXTS]
    return _date_after_label(texts)


def body_texts(body: HtmlElement) -> Iterable[str]:
    """The texts ``body.itertext()`` reads, in order, listed in C (several times faster).

    itertext() reads a run of text nodes standing side by side as one text; the HTML parser merges such
    nodes, so the text nodes are its texts; only if some stand side by side (a comment removed between two
    texts) are they read by itertext() itself."""
    texts: Iterable[str] = body.itertext() if _ADJACENT_TEXT(body) else _TEXT_NODES(body)
    return texts


def short_text_names_update(nodes: list[str]) -> bool:
    """Do the text nodes no longer than a date line, glued and lower-cased, hold an update label?

    True whenever :func:`shown_updated` can find one: a text it reads is a run of adjacent text nodes, each no
    longer than the run, and gluing texts changes how they are lower-cased only for a Greek capital sigma
    ("σ" or "ς" by its neighbours), which no label holds. Long texts (prose) are left out of the lower-casing
    and the search."""
    short = "".join([text for text in nodes if len(text) <= _MAX_TEXT])
    return _ANY_LABEL.search(short.lower()) is not None


def _date_after_label(texts: Iterable[str]) -> list[str]:
    waiting = 0  # text nodes left in which a date may follow a label standing alone
    for text in texts:
        if len(text) > _MAX_TEXT:
            waiting = 0
            continue
        if waiting and _DIGIT.search(text):
            return [normalize_space(text)]
        waiting = max(waiting - 1, 0)
        if _ANY_LABEL.search(text.lower()) is None:
            continue
        match = _LABEL.search(text.strip())
        if match is None:
            continue
        rest = text.strip()[match.end() : match.end() + _DATE_REACH]
        if _DIGIT.search(rest):
            return [normalize_space(rest)]
        waiting = _LABEL_ALONE_REACH
    return []
