"""The update date a page shows after a label, and the quick check that turns away pages naming no update.

Every page is made up; each expected text is read off the page.
"""

from __future__ import annotations

import time

import lxml.html
import pytest
from lxml import etree

from cqnews.extract.shown_updates import body_texts, short_text_names_update, shown_updated
from cqnews.lexicon.dates import UPDATED_LABELS
from tests.cpu_bar import cpu_bar

_PROSE = "The council approved the new cycle lane after a long debate about parking on the high street. " * 3


def _page(line: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f"<html><head><title>T</title></head><body><h1>Cycle lane approved</h1><p>{_PROSE}</p>"
        f"<p class='meta'>{line}</p><p>{_PROSE}</p></body></html>"
    )


@pytest.mark.parametrize("label", UPDATED_LABELS)
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_every_label_passes_the_check_and_its_date_is_read(label: str, case: object) -> None:
    # Each label in each case (a Cyrillic, Hangul or Chinese label has none): the check that turns pages away
    # must let the page through, and the date after the label is read.
    written = case(label)  # type: ignore[operator]
    root = _page(f"Posted 18/11/2026 | {written} 19/11/2026 10:15")
    body = root.find("body")
    assert short_text_names_update(body.xpath("descendant::text()"))
    assert shown_updated(root) == ["19/11/2026 10:15"]


def test_the_labels_keep_the_check_exact() -> None:
    # The check glues short texts and lower-cases them at once: exact only while no label holds a Greek
    # sigma (lower-cased by its neighbours) and every label is written lower-case, as the search reads it.
    for label in UPDATED_LABELS:
        assert label == label.lower()
        assert not {"σ", "ς", "Σ"} & set(label)


def test_a_page_naming_no_update_is_turned_away() -> None:
    root = _page("Posted 18/11/2026 10:15 by Jane Porter")
    assert not short_text_names_update(root.find("body").xpath("descendant::text()"))
    assert shown_updated(root) == []


def test_a_label_in_long_prose_is_not_read() -> None:
    # A text longer than a date line is prose: "updated" in it opens no date.
    root = _page("Posted 18/11/2026")
    body = root.find("body")
    body.append(lxml.html.fragment_fromstring(f"<p>{_PROSE} It was updated 19/11/2026 10:15.</p>"))
    assert shown_updated(root) == []


def test_a_label_split_over_two_text_nodes_side_by_side() -> None:
    # Removing a comment leaves its two neighbouring text nodes side by side: itertext() reads them as one text
    # ("Updated: 19/11/2026 10:15"), XPath as two ("Up", "dated: …"); the date is read as from the one text.
    root = lxml.html.document_fromstring(
        "<html><body><p>Posted 18/11/2026</p><p>Up<!-- x -->dated: 19/11/2026 10:15</p></body></html>"
    )
    etree.strip_tags(root, etree.Comment)
    assert shown_updated(root) == [": 19/11/2026 10:15"]


def test_body_texts_are_the_texts_itertext_reads() -> None:
    # A date written across a removed comment ("2026-11" "-18 10:20") is one text to itertext(): the texts listed
    # from the text nodes must be the same, or a numeric date near the top is no longer seen whole.
    root = lxml.html.document_fromstring(
        "<html><body><h1>Budget</h1><p>Posted 2026-11<!-- x -->-18 10:20</p><p>The council met.</p></body></html>"
    )
    body = root.find("body")
    assert list(body_texts(body)) == ["Budget", "Posted 2026-11", "-18 10:20", "The council met."]  # (the comment between)
    etree.strip_tags(root, etree.Comment)
    assert list(body_texts(body)) == ["Budget", "Posted 2026-11-18 10:20", "The council met."]


def test_many_sibling_links_are_read_in_linear_time() -> None:
    # A <div> of 60 000 links, each followed by a space: telling whether two text nodes stand side by side took
    # minutes when the sibling axis was read to its end for every text node (quadratic).
    root = lxml.html.document_fromstring(
        "<html><body><p>Updated: 19/11/2026</p><div>" + '<a href="/x">link</a> ' * 60_000 + "</div></body></html>"
    )
    started = time.process_time()
    assert shown_updated(root) == [": 19/11/2026"]  # (the text after the label)
    assert len(list(body_texts(root.find("body")))) == 120_001
    assert time.process_time() - started < cpu_bar(2.0)
