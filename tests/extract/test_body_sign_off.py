"""A line that signs the article off ends the body: the teasers and boxes after it are not the article's
(made-up pages)."""

from __future__ import annotations

import pytest

import cqnews
from tests.ferry_page import PARAGRAPHS, URL, article_then, paragraphs

_AFTER = [
    '<ul><li><a href="/a">Mayor says "we will not close the library" at packed meeting</a></li>',
    '<li><a href="/b">Storm brings down trees on the coast road</a></li></ul>',
]


def _page(sign_off: str) -> str:
    return article_then(f"<p>{sign_off}</p>{''.join(_AFTER)}")


@pytest.mark.parametrize(
    "sign_off",
    [
        "Follow the Harbour Desk on Instagram, Facebook and X.",
        "Follow Jane Roe on Twitter @janeroe_news.",
    ],
)
def test_the_body_ends_at_a_sign_off_line(sign_off: str) -> None:
    article = cqnews.parse(_page(sign_off), url=URL)
    texts = [block.text for block in article.body]
    assert texts[-1] == PARAGRAPHS[-1]
    assert "library" not in article.text and "Storm" not in article.text
    assert not any("library" in quote.text for quote in article.quotes)


def test_a_follow_line_before_the_third_block_does_not_end_the_body() -> None:
    html = (
        "<html><body><article><h1>Ferry to keep running</h1>"
        f"<p>Follow us on Twitter for more harbour news.</p>{paragraphs(PARAGRAPHS)}</article></body></html>"
    )
    article = cqnews.parse(html, url=URL)
    assert article.body[-1].text == PARAGRAPHS[-1]
