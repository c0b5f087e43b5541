"""A Scrapy spider that turns every article page it visits into a cqnews Article item.

    pip install cqnews scrapy
    scrapy runspider examples/scrapy_spider.py -a start=https://www.ichongqing.info/ -O articles.jsonl

cqnews reads the response's bytes and Content-Type itself (it decodes like a browser), and the
response URL is the article URL. Pages that are not articles still parse: they come back with a
warning in ``extraction.warnings``, which :func:`article_item` uses to skip them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse

import cqnews

# What cqnews's warnings say on index pages, login walls and other pages without an article.
NOT_AN_ARTICLE = ("not an article", "not be an article")


def article_item(response: Response, options: cqnews.ParseOptions | None = None) -> dict[str, Any] | None:
    """The Article of ``response`` as a JSON-ready dict, or ``None`` when the page holds no article."""
    content_type = response.headers.get("Content-Type")
    try:
        article = cqnews.parse(
            response.body,
            url=response.url,
            content_type=content_type.decode("latin-1") if content_type else None,
            options=options,
        )
    except cqnews.ParseError:
        return None
    if not article.body or any(phrase in w for w in article.extraction.warnings for phrase in NOT_AN_ARTICLE):
        return None
    return article.model_dump(mode="json")


class ArticleSpider(scrapy.Spider):
    """Follows links within the start site and yields one item per article page."""

    name = "cqnews-articles"
    custom_settings = {"ROBOTSTXT_OBEY": True, "AUTOTHROTTLE_ENABLED": True, "DEPTH_LIMIT": 2}  # noqa: RUF012 - Scrapy reads it per class

    def __init__(self, start: str = "https://www.ichongqing.info/", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start]
        self.allowed_domains = [urlsplit(start).hostname or ""]

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        item = article_item(response)
        if item is not None:
            yield item
        if isinstance(response, TextResponse):  # links only from HTML and text, not from images or PDFs
            yield from response.follow_all(css="a::attr(href)", callback=self.parse)
