"""Round 11 of hostile input: the keyword arguments of ``parse`` and ``parse_text`` as a crawler hands them over.

Before, each wrong kind of argument failed deep inside the parse with an error naming nothing the caller wrote:
``url=httpx_response.url`` (a URL object) and ``url=b"https://…"`` raised ``expected string or bytes-like object``,
``content_type=scrapy_response.headers[b"Content-Type"]`` (bytes) ``cannot use a string pattern``, a WARC-Date
string as ``crawl_date`` ``'<' not supported between 'str' and 'date'`` once a site plugin compared it with its
layouts' dates, and ``options={"quotes": False}`` an ``AttributeError``. Bytes, URL objects, a bytes header and
ISO 8601 text are now read as what they say; anything else is a ``TypeError`` naming the argument.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

import pytest

import cqnews

PAGE = (
    "<html><head><title>Harbour works begin</title></head><body><article><h1>Harbour works begin</h1>"
    "<p>The harbour works began on Monday after two years of planning by the port authority, the city said.</p>"
    "<p>“We expect the quay to open next spring,” said Mia Laine, who leads the port authority.</p>"
    "</article></body></html>"
)
GBK_PAGE = (
    "<html><head><title>港口工程开工</title></head><body><article><h1>港口工程开工</h1>"
    "<p>港口工程于周一正式开工，市港务局局长林浩表示，新码头预计明年春天投入使用，工程进展顺利。</p>"
    "</article></body></html>"
).encode("gbk")


class _UrlObject:
    """A URL object as httpx and yarl have: scheme and host attributes, its str the URL."""

    scheme, host = "https", "news.example"

    def __str__(self) -> str:
        return "https://news.example/2026/harbour"


@pytest.mark.parametrize(
    "url",
    [b"https://news.example/2026/harbour", bytearray(b"https://news.example/2026/harbour"), _UrlObject(),
     urlsplit("https://news.example/2026/harbour")],
)
def test_url_bytes_and_url_objects_are_the_url(url: object) -> None:
    article = cqnews.parse(PAGE, url=url)  # type: ignore[arg-type]
    assert article.url == "https://news.example/2026/harbour"
    assert cqnews.parse_text("Harbour works begin\nThe works began on Monday.", url=url).url == article.url  # type: ignore[arg-type]


def test_bytes_content_type_gives_its_charset() -> None:
    article = cqnews.parse(GBK_PAGE, content_type=b"text/html; charset=gbk")  # type: ignore[arg-type]
    assert article.headline == "港口工程开工"
    assert article.extraction.encoding_source == "content-type"


@pytest.mark.parametrize("crawl_date", ["2019-05-01", "2019-05-01T08:00:00Z", " 2019-05-01T08:00:00+08:00\n"])
def test_iso_crawl_date_picks_the_layout_as_a_date_does(crawl_date: str) -> None:
    url = "https://news.sina.com.cn/c/2017-01-01/doc-harbour.shtml"
    as_date = cqnews.parse(PAGE, url=url, crawl_date=datetime(2019, 5, 1, tzinfo=UTC))
    as_text = cqnews.parse(PAGE, url=url, crawl_date=crawl_date)  # type: ignore[arg-type]
    assert as_text.model_dump_json() == as_date.model_dump_json()


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [({"url": 123}, "url takes"), ({"url": ["https://news.example/"]}, "url takes"), ({"site": 5}, "site takes"),
     ({"crawl_date": 20190501}, "crawl_date takes"), ({"content_type": 5}, "content_type takes"),
     ({"options": {"quotes": False}}, "ParseOptions(**options)"), ({"options": "fast"}, "options takes")],
)
def test_wrong_argument_types_are_named(kwargs: dict[str, object], named: str) -> None:
    with pytest.raises(TypeError, match=named.replace("(", r"\(").replace(")", r"\)").replace("*", r"\*")):
        cqnews.parse(PAGE, **kwargs)  # type: ignore[arg-type]


def test_crawl_date_text_that_is_no_date_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="ISO 8601"):
        cqnews.parse(PAGE, crawl_date="last Tuesday")  # type: ignore[arg-type]


def test_parse_text_names_its_wrong_arguments() -> None:
    with pytest.raises(TypeError, match="url takes"):
        cqnews.parse_text("Harbour works begin\nThe works began on Monday.", url=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="options takes"):
        cqnews.parse_text("Harbour works begin\nThe works began on Monday.", options={"quotes": False})  # type: ignore[arg-type]
