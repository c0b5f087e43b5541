"""A body block that shows no character is left out, with a warning.

A text dump made only of U+202E (or zero widths, soft hyphens, Hangul fillers, braille blanks) gave a one-block
Article whose block showed nothing; a paragraph of them between two of text was a body block of its own.
"""

from __future__ import annotations

import pytest

import cqnews

BLANKS = [
    "\u202e" * 40,
    "\u200b\u200c\u200d\u2060\ufeff" * 8,
    "\u00ad" * 25,
    "\u3164\u3164\u3164 \u3164",
    "\u2800 \u2800 \u2800",
    "\u202e\u200f\n\n\u2066\u2069\u200b",
]


@pytest.mark.parametrize("text", BLANKS)
def test_a_text_dump_of_blank_characters_has_no_body(text: str) -> None:
    article = cqnews.parse_text(text)
    assert article.body == []
    assert any("showing no visible character" in w for w in article.extraction.warnings)


@pytest.mark.parametrize("text", BLANKS[:5])
def test_an_html_paragraph_of_blank_characters_is_left_out(text: str) -> None:
    page = (
        "<html><body><article><h1>Bridge repairs</h1>"
        "<p>The old stone bridge will close for repairs in March, the county council said on Monday.</p>"
        f"<p>{text}</p>"
        "<p>Drivers are asked to use the ring road until the work ends in late summer.</p>"
        "</article></body></html>"
    )
    article = cqnews.parse(page.encode())
    assert [block.text[:12] for block in article.body] == ["The old ston", "Drivers are "]


def test_a_block_with_one_visible_character_among_blanks_stays() -> None:
    article = cqnews.parse_text("\u202e\u200bA\u200b\u202c")
    assert len(article.body) == 1 and "A" in article.body[0].text
