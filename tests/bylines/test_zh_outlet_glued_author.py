"""A Chinese metadata author written as the site's name glued to the writer's ("青网新闻张毅") names the writer."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.credits import clean_author_names

_TEXT = "<p>" + "今年春节期间，全市各大景区共接待游客数十万人次，比去年同期明显增加，旅游市场持续回暖。" * 3 + "</p>"


def test_a_site_name_glued_to_the_writer_is_cut_off() -> None:
    page = (
        '<html><head><meta name="author" content="示范网新闻刘晓东"><title>景区游客增加</title></head>'
        f"<body><article><h1>景区游客增加</h1>{_TEXT}{_TEXT}</article></body></html>"
    )
    article = cqnews.parse(page, url="https://news.example.cn/2024/0215/tour.html")
    assert article.authors == ["刘晓东"]


@pytest.mark.parametrize("value", ["中国新闻网", "示范网", "欧阳网", "张新闻"])
def test_a_site_name_alone_or_a_name_is_kept(value: str) -> None:
    assert clean_author_names([value]) == [value]
