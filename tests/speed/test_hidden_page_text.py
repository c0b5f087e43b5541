"""Hidden elements are dropped unless they hold most of the page's text; the page's text is read only once a hidden
candidate holds text. The drops must be those of reading the page's text first (the way before)."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement, document_fromstring

from cqnews import document
from cqnews.document import parse_tree
from cqnews.options import DEFAULT_OPTIONS


def _drop_hidden_reading_first(root: HtmlElement) -> None:
    """The rule as written before: the page's text read before any drop."""
    hidden = [e for e in document._hiding_style_candidates(root) if document._HIDING_STYLE_RE.search(e.get("style", ""))]
    candidates = [element for element in hidden if document._holds_blocks(element)]
    page_text = len(root.text_content()) if candidates else 0
    dropped: set[HtmlElement] = set()
    for element in candidates:
        if element.getparent() is None or any(up in dropped for up in element.iterancestors()):
            continue
        if not 2 * len(element.text_content()) > page_text:
            element.drop_tree()
            dropped.add(element)


_STORY = (
    "<p>The lock keepers on the Avon canal begin their winter shifts on Monday, two weeks earlier than last year.</p>"
    "<p>Boats moored above the third lock must move before the water is let out.</p>"
)
_EMPTY_FIGURE = '<figure style="display: none"><img src="/map.png"></figure>tail kept'
_TEASER = '<div style="visibility:hidden"><p>Read also: the ferry timetable.</p></div>'

# (page, whether the story's text stays, whether the teaser's text stays), read off each page.
PAGES = (
    (f"<html><body>{_EMPTY_FIGURE}{_STORY}</body></html>", True, False),  # the empty figure goes, no text read
    (f"<html><body>{_EMPTY_FIGURE}<div style='display:none'>{_STORY}</div></body></html>", True, False),
    (f"<html><body>{_EMPTY_FIGURE}{_TEASER}{_STORY}</body></html>", True, False),  # the teaser goes
    (f"<html><body><div style='DISPLAY: NONE !important'>{_EMPTY_FIGURE}{_STORY}</div>{_TEASER}</body></html>",
     True, False),  # the hidden story is most of the text: it stays, the teaser goes
    (f"<html><body>{_TEASER}<p>Short.</p></body></html>", False, True),  # the teaser is most of the text
    (f"<html><body><p style='display:none'></p><ul style='display:none'><li></li></ul>{_STORY}</body></html>",
     True, False),
)


@pytest.mark.parametrize(("page", "story", "teaser"), PAGES)
def test_the_same_elements_go(page: str, story: bool, teaser: bool) -> None:
    root = parse_tree(page, DEFAULT_OPTIONS)
    reference = document_fromstring(page, parser=document._parser())
    _drop_hidden_reading_first(reference)
    assert [e.tag for e in root.iter()] == [e.tag for e in reference.iter()]
    text = root.text_content()
    assert text == reference.text_content()
    assert ("lock keepers" in text) is story
    assert ("Read also" in text) is teaser
    assert "tail kept" in text or _EMPTY_FIGURE not in page
