"""Round 18 (Session 60): a page whose article is one ``<pre>`` of plain text (a mailing-list or wire archive, a
"text version" view) was one body block of kind blockquote, its title, byline and paragraphs glued into one line.
Its prose paragraphs are paragraphs now; a code sample in a ``<pre>`` stays one block. Made-up pages."""

from __future__ import annotations

import textwrap

import cqnews

LEDE = (
    "The island council on Wednesday voted to keep the night ferry running through the winter, after residents "
    "filled the hall in protest."
)
QUOTE = "“Without the late boat our nurses cannot get home,” said Ilse Brandvik, who chairs the residents' group."
CLOSE = "The ferry company said it would publish the new timetable next week, once the crews had been asked."


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 64))


TEXT = f"Night ferry saved\n\nBy Aksel Moe\n\n{_wrapped(LEDE)}\n\n{_wrapped(QUOTE)}\n\n{_wrapped(CLOSE)}\n"


def test_a_text_article_in_a_pre_is_read_as_paragraphs() -> None:
    page = f"<html><head><title>Night ferry saved</title></head><body><pre>{TEXT}</pre></body></html>"
    article = cqnews.parse(page)
    assert [(block.kind.value, block.text) for block in article.body] == [
        ("paragraph", LEDE),
        ("paragraph", QUOTE),
        ("paragraph", CLOSE),
    ]
    assert article.headline == "Night ferry saved"
    assert article.authors == ["Aksel Moe"]
    assert any(quote.speaker is not None and quote.speaker.name == "Ilse Brandvik" for quote in article.quotes)


def test_a_code_sample_in_a_pre_stays_one_block() -> None:
    code = "def fares(zone):\n    return BASE * zone\n\nprint(fares(2))\n"
    page = (
        "<html><head><title>Fares</title></head><body><article><h1>Fares</h1>"
        f"<p>{LEDE}</p><pre>{code}</pre><p>{CLOSE}</p></article></body></html>"
    )
    article = cqnews.parse(page)
    texts = [block.text for block in article.body]
    assert LEDE in texts and CLOSE in texts
    assert not any(text.startswith("print(") for text in texts)  # (the code's parts are not split into paragraphs)


def test_a_pre_holding_markup_is_left_alone() -> None:
    # A <pre> holding block elements is no text page (a layout's fixed-width box).
    page = (
        f"<html><head><title>Night ferry saved</title></head><body><article><h1>Night ferry saved</h1><p>{LEDE}</p>"
        f"<p>{CLOSE}</p><pre><div>{QUOTE}</div>\n\n<div>{QUOTE}</div></pre></article></body></html>"
    )
    article = cqnews.parse(page)
    assert article.body[0].text == LEDE


def test_a_pre_page_with_no_title_has_its_title_line_as_headline() -> None:
    # (no <title>, no <h1>: the short first line of the text is the headline, no body paragraph)
    article = cqnews.parse(f"<html><body><pre>{TEXT}</pre></body></html>")
    assert article.headline == "Night ferry saved"
    assert [block.text for block in article.body] == [LEDE, QUOTE, CLOSE]


def test_a_pre_page_opening_with_its_lede_has_no_headline_from_it() -> None:
    text = f"{_wrapped(LEDE)}\n\n{_wrapped(QUOTE)}\n\n{_wrapped(CLOSE)}\n"
    article = cqnews.parse(f"<html><body><pre>{text}</pre></body></html>")
    assert article.headline != LEDE
    assert [block.text for block in article.body] == [LEDE, QUOTE, CLOSE]
