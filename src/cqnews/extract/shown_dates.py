"""The publishing date a page shows as text, for pages that declare none in meta tags or JSON-LD.

A ``<time datetime>`` first; else a numeric date near the top ("发布时间：2021年05月17日 10:20"), date
elements inside the article, a line opening with a publishing label ("Publié le 5 mars 2024"), date
elements elsewhere. A date the page labels as its update ("Updated 3 March 2026 10:00") is none of these:
it tells when the article last changed (see :mod:`~cqnews.extract.shown_updates`).
"""

from __future__ import annotations

import itertools
import re

from lxml import etree
from lxml.html import HtmlElement

from ..lexicon.dates import MONTHS, OTHER_DATE_LABELS, PUBLISHED_LABELS, TODAY_LABELS, UPDATED_LABELS
from ..text import normalize_space
from .shown_updates import before_update_label, body_texts, opens_with_update, update_label_before

__all__ = ["numeric_date_in", "shown_published", "time_elements"]

# The date alone: a label before it ("发布时间：") is read from the text before the match by the caller. (A pattern
# opening with optional blanks and an optional label tried every blank run from every position: quadratic in a
# text of blanks.)
_VISIBLE_DATE = re.compile(
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\.?"
    r"(?:\s*(?:上午|下午|午前|午後|오전|오후)?\s?\d{1,2}[:：時]\d{1,2}(?:[:：分]\d{2})?)?)"
)


def numeric_date_in(text: str) -> str | None:
    """The first numeric date a line shows ("2026-03-04 09:30:15", "2026年03月04日 09:30"), or None."""
    found = _VISIBLE_DATE.search(text)
    return None if found is None else found.group(1)


def shown_published(root: HtmlElement) -> list[str]:
    """The dates the page shows for its publishing, best first (raw texts, parsed by the caller)."""
    numeric, labelled = _visible_dates(root)
    return numeric or _shown_dates(root, labelled)


def time_elements(root: HtmlElement) -> list[str]:
    """The first ``<time datetime>`` that is no update time ("Updated <time …>", ``itemprop="dateModified"``)."""
    for element in root.iter("time"):
        value = element.get("datetime") or ""
        if value.strip() and not _shows_update(element):
            return [value.strip()]
    return []


def _shows_update(element: HtmlElement) -> bool:
    """Is ``element`` marked as the article's update time: an update label just before it or opening
    its text, or a class or itemprop naming the modification ("dateModified")? (A class "updated" alone says
    little: themes mark the publishing time so for the hAtom microformat.)"""
    names = f"{element.get('class')} {element.get('itemprop')}".lower()
    if "modified" in names or opens_with_update(element.text or ""):
        return True
    previous = element.getprevious()
    parent = element.getparent()
    before = previous.tail if previous is not None else (parent.text if parent is not None else None)
    return update_label_before(before or "")


_DIGIT = re.compile(r"\d")  # what _VISIBLE_DATE needs, found in C
_DATES_IN_A_LINE = 3


def _visible_dates(root: HtmlElement) -> tuple[list[str], list[str]]:
    """Dates written in the page text near the top, read in one pass over its text: the first numeric one
    (发布时间：2021年05月17日 10:20), and the first short lines that open with a publishing label ("Publié le
    5 mars 2024", "Stand: …"), which count only when no numeric date is found."""
    body = root.find("body")
    if body is None:
        return [], []
    seen = 0
    labelled: list[str] = []
    previous = ""  # the last text with letters: a label in a cell of its own ("<td>成文日期：</td><td>2026-01-10")
    for index, text in enumerate(body_texts(body)):
        seen += len(text)
        if seen > 200_000:
            break
        words_before, previous = previous, (text if text.strip() else previous)
        if len(text) > 200 or _DIGIT.search(text) is None:
            continue
        for match in itertools.islice(_VISIBLE_DATE.finditer(text), _DATES_IN_A_LINE):
            # ("成文日期：2026-02-20 发布日期：2026-03-01": the second date of the line is the publishing one)
            if not _dates_something_else(text[: match.start(1)].strip() or words_before):
                return [match.group(1)], labelled
        line = published_after_update(text.strip())
        if len(labelled) < 3 and index < _SHOWN_ELEMENTS and len(line) <= _SHOWN_CHARS:
            if line.lower().startswith(PUBLISHED_LABELS) and not opens_with_update(line):
                labelled.append(normalize_space(line))
    return [], labelled


# The class, id or itemprop of an element that shows a date speaks of a date or of publishing ("post-date",
# "article__published", "datePublished"), or is the byline, which often ends with the date ("Von Anna Schmidt ·
# 18.11.2026, 21:14 Uhr"); a <time> without a datetime attribute shows one too.
_DATE_ATTRIBUTE_WORDS = ("date", "publish", "byline")
# Elements (and text nodes) looked at, in document order: a date shown for the article stands near its top.
_SHOWN_ELEMENTS = 3000
_SHOWN_MAX = 24  # date elements read
_SHOWN_CHARS = 120  # a date line is short; a longer text is prose or a list of teasers


def _shown_dates(root: HtmlElement, labelled: list[str]) -> list[str]:
    """Short texts that show a date in words or day first (Veröffentlicht am 5. März 2024, 05.03.2024):
    date elements inside the article first, then a labelled line near the top, then a date line right under
    the headline, then date elements elsewhere."""
    shown = _date_elements(root)
    inside = [e for e in shown if any(a.tag == "article" for a in e.iterancestors())]
    outside = [e for e in shown if e not in inside]  # (a site header may show today's date)
    return _unique([*_date_texts(inside), *labelled, *_under_headline(root), *_date_texts(outside)])


# The texts after the <h1> read for a date line: it stands between the headline and the first paragraph,
# in an element of any name ("<div>02.03.2026, 10:20 Uhr</div>", "<span>Monday, March 2, 2026 - 3:45 PM</span>").
_AFTER_HEADLINE = etree.XPath("(//body//h1)[1]/following::text()[position() <= 40]")
_UNDER_HEADLINE_TEXTS = 8  # non-empty texts read after the headline
_BODY_TEXT_CHARS = 100  # a longer text is the first paragraph: the date line stands above it
_LINE_WORDS = 4  # words besides month names and labels ("Monday", "Uhr", "WIB", a place): as is_date_line counts
_LINE_LETTERS = 20
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_DATE_LINE_WORDS = frozenset(MONTHS) | frozenset(word for label in PUBLISHED_LABELS for word in label.split())


def _under_headline(root: HtmlElement) -> list[str]:
    """The short texts right under the headline that may be its date line (a digit, a few words besides
    month names and labels), before the first paragraph; the caller keeps the first that reads as a date."""
    out: list[str] = []
    read = ((node, normalize_space(str(node))) for node in _AFTER_HEADLINE(root))
    texts = list(  # (only the first few non-empty texts are read: the rest are not judged)
        itertools.islice(
            (text if not _apart_from_the_story(node) else "" for node, text in read if text),  # ("" still counts)
            _UNDER_HEADLINE_TEXTS,
        )
    )
    for index, text in enumerate(texts):
        if len(text) > _BODY_TEXT_CHARS:
            break
        text = published_after_update(text)
        before = texts[index - 1] if index else ""  # a label in an element of its own ("Updated <time>…")
        if _DIGIT.search(text) and _few_words(text) and not _dates_something_else(before) and not _other_label(text):
            if not opens_with_update(text) and not _opens_with_today(text) and not _opens_with_other_date(text):
                out.append(before_update_label(text))
    return out


# A publishing label after a separator, a word before it allowed ("Actualizado: … | Publicado: …", "Last Updated: … |
# First Published: …"): the labels of lexicon.dates that name no update.
_PUBLISHED_AFTER = re.compile(
    r"(?:[|·•;]|\s[-–—/]\s)\s{0,3}(?:[^\W\d_]{1,12}\s{1,3})?(?i:"
    + "|".join(re.escape(label) for label in PUBLISHED_LABELS if label not in UPDATED_LABELS)
    + r")(?!\w)"
)


def published_after_update(text: str) -> str:
    """A date line that opens with the update and names the publishing after it ("Actualizado: 03/03/2026 12:00 |
    Publicado: 02/03/2026 10:20") from its publishing label on; any other text as it is."""
    if not opens_with_update(text):
        return text
    found = _PUBLISHED_AFTER.search(text)
    return text[found.end() - len(found.group(0).lstrip(" |·•;-–—/")) :].lstrip() if found else text


_LABEL_BEFORE = re.compile(r"([^\d:：]{1,30})[:：]")


def _other_label(text: str) -> bool:
    """Does ``text`` open with a label that is no publishing label ("Concert: 12 May 2026", "Photo: …")?"""
    found = _LABEL_BEFORE.match(text)
    return found is not None and not found.group(1).strip().lower().endswith(PUBLISHED_LABELS)


def _apart_from_the_story(node: object) -> bool:
    """Is a text under the headline in a picture (its caption dates the picture) or beside the article?"""
    if not isinstance(node, etree._ElementUnicodeResult):
        return False
    parent = node.getparent()
    if parent is not None and node.is_tail:  # (the text after an element stands in that element's parent)
        parent = parent.getparent()
    if not isinstance(parent, HtmlElement):
        return False
    return any(a.tag in ("figure", "figcaption") for a in (parent, *parent.iterancestors())) or _beside_the_article(
        parent
    )


def _opens_with_other_date(text: str) -> bool:
    return text.lower().startswith(OTHER_DATE_LABELS)


def _few_words(text: str) -> bool:
    words = [w for w in _LETTER_WORD.findall(text) if w.lower() not in _DATE_LINE_WORDS]
    return len(words) <= _LINE_WORDS and sum(map(len, words)) <= _LINE_LETTERS


def _date_elements(root: HtmlElement) -> list[HtmlElement]:
    body = root.find("body")
    out: list[HtmlElement] = []
    for element in itertools.islice(body.iter() if body is not None else (), _SHOWN_ELEMENTS):
        names = f"{element.get('class')} {element.get('id')} {element.get('itemprop')}".lower()
        undated_time = element.tag == "time" and element.get("datetime") is None
        if undated_time or any(map(names.__contains__, _DATE_ATTRIBUTE_WORDS)):
            if "today" in names or _beside_the_article(element):
                continue
            out.append(element)
            if len(out) >= _SHOWN_MAX:
                break
    return out


def _beside_the_article(element: HtmlElement) -> bool:
    """Is ``element`` in a part of the page that dates other things: an ``<aside>`` or ``<nav>`` (lists of
    other stories), a comment section, or a ``<footer>`` outside the article?"""
    in_article = False
    footer = False
    for ancestor in element.iterancestors():
        tag = ancestor.tag
        if tag == "body":
            break  # (a theme's body class may name comments: "comments-open")
        if tag in ("aside", "nav") or "comment" in f"{ancestor.get('class')} {ancestor.get('id')}".lower():
            return True
        in_article = in_article or tag == "article"
        footer = footer or tag == "footer"
    return footer and not in_article


def _dates_something_else(words_before: str) -> bool:
    """Do the words before a date say it is not the publishing date: an update ("Updated:", "更新时间："),
    today's date in the site's header ("今天是"), or another date of a document ("成文日期：", "Deadline:")?"""
    label = words_before.rstrip(" :：,").lower()
    return update_label_before(words_before) or label.endswith(TODAY_LABELS) or label.endswith(OTHER_DATE_LABELS)


def _date_texts(elements: list[HtmlElement]) -> list[str]:
    # (a byline that ends with the update, "By Jane Porter | Updated 3 March 2026", shows no publishing date)
    texts = [before_update_label(published_after_update(normalize_space(e.text_content()))) for e in elements]
    return [
        t
        for t in texts
        if 6 <= len(t) <= _SHOWN_CHARS and _DIGIT.search(t) and not opens_with_update(t) and not _opens_with_today(t)
    ]


def _opens_with_today(text: str) -> bool:
    return text.lower().startswith(TODAY_LABELS)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))
