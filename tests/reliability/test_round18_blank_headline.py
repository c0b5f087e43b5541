"""Round 18 (Session 60): a headline that shows no character (bidi controls, zero widths, a soft hyphen) is no
headline: left out with a warning, as a body block showing none is. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

PARAGRAPHS = (
    "<p>The ferry company will add a second boat to the island route in May, its director told reporters.</p>"
    "<p>“Demand has doubled since the bridge closed,” said Oren Vail, who runs the harbour office.</p>"
)


@pytest.mark.parametrize(
    "head",
    [
        "<title>\u202e\u2066\u200f</title>",
        "<meta property='og:title' content='\u00ad\u200c'>",
        "<title>\u2067\u2069\u200e</title>",
    ],
)
def test_invisible_headline_is_left_out_with_a_warning(head: str) -> None:
    article = cqnews.parse(f"<html><head>{head}</head><body><article>{PARAGRAPHS}</article></body></html>")
    assert article.headline is None
    assert any("headline shows no visible character" in w for w in article.extraction.warnings)
    assert len(article.body) == 2


def test_invisible_first_line_of_a_dump_is_no_headline() -> None:
    text = (
        "\u202e\u200b\n\nThe ferry company will add a second boat to the island route in May, its director "
        "told reporters on the quay.\n"
    )
    article = cqnews.parse_text(text)
    assert article.headline is None
    assert any("headline shows no visible character" in w for w in article.extraction.warnings)


def test_a_headline_with_a_direction_mark_stays() -> None:
    article = cqnews.parse(
        f"<html><head><title>\u200fFerry route doubles</title></head><body><article>{PARAGRAPHS}</article></body></html>"
    )
    assert article.headline is not None and "Ferry route doubles" in article.headline
