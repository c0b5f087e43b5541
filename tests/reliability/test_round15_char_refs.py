"""A numeric character reference to no character (a surrogate, NUL, a code point beyond U+10FFFF) is U+FFFD, as
browsers show it, with a warning counting them. Before, cqnews removed it without a word, gluing the words around
it ("mayor&#xD800;said" read "mayorsaid"). References to invisible characters a page cannot hold (controls,
noncharacters) are still removed; every other reference is read as written."""

from __future__ import annotations

import pytest

import cqnews

_SENTENCE = "The harbour master{ref}said the new pier would open in the spring, after the storms of the winter."


def _paragraph(ref: str) -> cqnews.Article:
    return cqnews.parse(
        f"<html><head><title>Pier</title></head><body><article><h1>Pier opens</h1><p>{_SENTENCE.format(ref=ref)}"
        "</p></article></body></html>"
    )


@pytest.mark.parametrize("ref", ["&#xD800;", "&#xdfff;", "&#55296;", "&#0;", "&#x110000;", "&#99999999999;", "&#xD83D"])
def test_reference_to_no_character_is_replacement(ref: str) -> None:
    article = _paragraph(ref)
    assert article.body[-1].text == _SENTENCE.format(ref="\ufffd")
    assert "1 numeric character reference(s) to no character" in " ".join(article.extraction.warnings)


@pytest.mark.parametrize(("ref", "shown"), [("&#x1;", ""), ("&#xFFFE;", ""), ("&#x41;", "A"), ("&#8212;", "\u2014")])
def test_other_references_as_before(ref: str, shown: str) -> None:
    article = _paragraph(ref)
    assert article.body[-1].text == _SENTENCE.format(ref=shown)
    assert not any("character reference" in warning for warning in article.extraction.warnings)


def test_count_and_page_bytes() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Pier</title></head><body><article><h1>Pier opens</h1>"
        f"<p>{_SENTENCE.format(ref='&#xD800;&#xDC00;')}</p><p>Caf\u00e9 owners &#0;welcomed it.</p></article></body></html>"
    )
    article = cqnews.parse(html.encode("utf-8"))
    assert "3 numeric character reference(s)" in " ".join(article.extraction.warnings)
    assert article.body[-1].text == "Caf\u00e9 owners \ufffdwelcomed it."
