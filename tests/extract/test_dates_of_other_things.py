"""Dates the page shows for other things are no publishing date of the article: the dates of a
"Most read" list in an ``<aside>``, a comment's date, the day's date in the site's header ("Today is …",
"今天是2026年3月5日"). With nothing else, ``published`` stays None. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)
_ARTICLE = f"<article><h1>Council approves bridge</h1>{_BODY}</article>"


@pytest.mark.parametrize(
    "page",
    [
        f"<body>{_ARTICLE}<aside><h3>Most read</h3><ul><li><a href='/a'>Library closes</a>"
        "<span class='date'>2 March 2026</span></li></ul></aside></body>",
        f"<body>{_ARTICLE}<section id='comments'><div class='comment'><span class='comment-date'>4 March 2026 at"
        " 10:12</span><p>Great news for the town.</p></div></section></body>",
        f"<body><header><span class='today-date'>Thursday, 5 March 2026</span></header>{_ARTICLE}</body>",
        f"<body><div class='top'>今天是2026年3月5日 星期四</div>{_ARTICLE}</body>",
    ],
)
def test_a_date_beside_the_article_is_not_its_publishing_date(page: str) -> None:
    html = f"<html lang='en'><head><meta charset='utf-8'><title>Council approves bridge</title></head>{page}</html>"
    assert cqnews.parse(html, url="https://news.example.org/local/bridge").published is None


def test_a_body_class_naming_comments_does_not_hide_the_articles_date() -> None:
    meta = "<p class='byline'>By Jane Porter on 2 March 2026 in Local news, with a photo gallery</p>"
    html = (
        "<html lang='en'><head><title>x</title></head><body class='single comments-open'><article>"
        f"<h1>Council approves bridge</h1>{meta}{_BODY}</article></body></html>"
    )
    published = cqnews.parse(html).published
    assert published is not None and published.date().isoformat() == "2026-03-02"
