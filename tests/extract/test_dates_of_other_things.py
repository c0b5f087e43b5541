"""Dates the page shows for other things are no publishing date of the article.

Dates the page shows for other things are no publishing date of the article: the dates of a
"Most read" list in an ``<aside>``, a comment's date, the day's date in the site's header ("Today is …",
"今天是2026年3月5日"). With nothing else, ``published`` stays None. Made-up pages.

A date whose label, in the same text or the element before, names another date is not the publishing
date: a government document's writing date ("<td>成文日期：</td><td>2026-01-10</td>" before
"发布日期：2026-01-15"), an update time in a span after an "Updated:" span. Made-up pages.
"""

from __future__ import annotations

from datetime import datetime

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


_ZH_BODY = (
    "<div class='content'><p>各区县人民政府，市政府各部门，有关单位：</p><p>现将《2026年民生实事》印发给你们，"
    "请认真贯彻执行。各责任单位要细化工作方案，明确时间节点，确保各项任务按期完成。</p></div>"
)


_EN_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)


def test_a_documents_writing_date_is_not_its_publishing_date() -> None:
    record = (
        "<table class='record'><tr><td>成文日期：</td><td>2026-01-10</td><td>发布日期：</td><td>2026-01-15</td></tr>"
        "</table>"
    )
    html = (
        "<html><head><meta charset='utf-8'><title>江城市人民政府关于印发2026年民生实事的通知</title></head><body>"
        f"<div class='doc'>{record}<h2 class='title'>江城市人民政府关于印发2026年民生实事的通知</h2>{_ZH_BODY}</div>"
        "</body></html>"
    )
    published = cqnews.parse(html).published
    assert published is not None and published.date() == datetime(2026, 1, 15).date()


def test_an_update_time_after_a_label_of_its_own_is_not_the_publishing_time() -> None:
    html = (
        "<html lang='en'><head><title>Council approves bridge</title></head><body><article>"
        "<h1>Council approves bridge</h1><p><span class='label'>Updated:</span> <span>2026-03-03 10:00</span></p>"
        f"{_EN_BODY}</article></body></html>"
    )
    assert cqnews.parse(html).published is None
