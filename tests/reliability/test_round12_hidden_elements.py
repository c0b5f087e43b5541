"""Hidden markup a browser never shows is no body text: a closed ``<dialog>`` and an element whose own style hides
it (``display: none``, ``visibility: hidden``) when it holds a paragraph, heading, list, table or picture.

A planted ``<div style="display:none"><p>“Buy pills,” said Spam Bot.</p></div>`` became a body block and its quote
the article's. The ``hidden`` attribute and ``aria-hidden="true"`` are kept (the corpus holds the rest of articles
behind "read more" and gallery figures in them), and so is a hidden line of spans (a byline kept for machines).
"""

from __future__ import annotations

import pytest

import cqnews
from cqnews.document import parse_tree
from cqnews.options import ParseOptions

PAGE = (
    "<html><body><article><h1>Harbour plan</h1>"
    "<p>The harbour will get a new pier next spring, the port authority said on Tuesday in a statement.</p>"
    "{hidden}"
    "<p>Fishing boats will keep their moorings during the building work, the authority added.</p>"
    "</article></body></html>"
)
PLANTED = "<p>“Buy cheap pills today and save money,” said Spam Bot on Tuesday.</p>"


@pytest.mark.parametrize(
    "hidden",
    [
        f'<div style="display:none">{PLANTED}</div>',
        f'<div style="color: red; DISPLAY : none !important">{PLANTED}</div>',
        f'<section style="visibility:hidden">{PLANTED}</section>',
        f"<dialog>{PLANTED}</dialog>",
        PLANTED.replace("<p>", '<p style="display: none">'),
    ],
)
def test_hidden_paragraphs_are_no_body_text(hidden: str) -> None:
    article = cqnews.parse(PAGE.format(hidden=hidden).encode())
    assert [block.text[:12] for block in article.body] == ["The harbour ", "Fishing boat"]
    assert all("Spam Bot" not in quote.text and (quote.speaker is None or quote.speaker.name != "Spam Bot")
               for quote in article.quotes)


@pytest.mark.parametrize(
    "shown",
    [
        "<dialog open><p>“The open dialog is read by every visitor,” said Jane Doe on Tuesday.</p></dialog>",
        '<div hidden><p>“The open dialog is read by every visitor,” said Jane Doe on Tuesday.</p></div>',
        '<div style="--display:none"><p>“The open dialog is read by every visitor,” said Jane Doe on Tuesday.</p></div>',
    ],
)
def test_open_dialogs_hidden_attributes_and_custom_properties_stay(shown: str) -> None:
    article = cqnews.parse(PAGE.format(hidden=shown).encode())
    assert len(article.body) == 3 and article.body[1].text.startswith("“The open dialog")


def test_a_hidden_line_of_spans_stays_in_the_tree() -> None:
    hidden = '<div style="display:none"><span>作者：</span><span>王小明</span></div>'
    root = parse_tree(PAGE.format(hidden=hidden), ParseOptions())
    assert "王小明" in root.text_content()


def test_a_hidden_element_holding_most_of_the_page_is_the_article_a_script_shows() -> None:
    body = "".join(
        f"<section><span>The river path reopens in stage {n}, with new lamps and benches along the water.</span></section>"
        for n in range(1, 6)
    )
    page = f'<html><body><h1>River path</h1><div id="content" style="visibility: hidden;">{body}<p>End.</p></div></body></html>'
    article = cqnews.parse(page.encode())
    assert sum("river path reopens" in block.text for block in article.body) == 5
