"""A line that signs the article off ends the body: the teasers and boxes after it are not the article's
(made-up pages)."""

from __future__ import annotations

import pytest

import cqnews

_PARAGRAPHS = [
    "The county council voted on Tuesday to keep the old ferry running through the winter months.",
    "Members said the crossing carried more than four hundred commuters a day during the autumn.",
    "The harbour master told the meeting that the boat had passed its safety survey in October.",
    "A final decision on next year's timetable is expected when the budget is set in February.",
]
_AFTER = [
    '<ul><li><a href="/a">Mayor says "we will not close the library" at packed meeting</a></li>',
    '<li><a href="/b">Storm brings down trees on the coast road</a></li></ul>',
]


def _page(sign_off: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        "<html><head><title>Ferry to keep running</title></head><body><article>"
        f"<h1>Ferry to keep running</h1>{body}<p>{sign_off}</p>{''.join(_AFTER)}</article></body></html>"
    )


@pytest.mark.parametrize(
    "sign_off",
    [
        "Follow the Harbour Desk on Instagram, Facebook and X.",
        "Follow Jane Roe on Twitter @janeroe_news.",
    ],
)
def test_the_body_ends_at_a_sign_off_line(sign_off: str) -> None:
    article = cqnews.parse(_page(sign_off), url="https://news.example.com/2026/ferry")
    texts = [block.text for block in article.body]
    assert texts[-1] == _PARAGRAPHS[-1]
    assert "library" not in article.text and "Storm" not in article.text
    assert not any("library" in quote.text for quote in article.quotes)


def test_a_follow_line_before_the_third_block_does_not_end_the_body() -> None:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    html = (
        "<html><body><article><h1>Ferry to keep running</h1>"
        f"<p>Follow us on Twitter for more harbour news.</p>{body}</article></body></html>"
    )
    article = cqnews.parse(html, url="https://news.example.com/2026/ferry")
    assert article.body[-1].text == _PARAGRAPHS[-1]
