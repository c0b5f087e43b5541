"""cqnews.parse_response: requests, httpx and Scrapy responses (URL, Content-Type charset, body bytes)."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

import cqnews
from cqnews.responses import response_parts
from tests.paths import DATA

ZH = (DATA / "generic_news_zh.html").read_bytes()
LYING = ZH.replace(b"charset=gb2312", b"charset=utf-8")  # only the HTTP header has the right charset


@dataclass
class RequestsLike:
    """The attributes requests.Response and httpx.Response have: str URL (or URL object), str headers, .content."""

    url: Any
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class ScrapyLike:
    """scrapy.http.HtmlResponse: str URL, headers with bytes keys and lists of bytes values, .body."""

    url: str
    body: bytes
    headers: dict[bytes, list[bytes]] = field(default_factory=dict)


class HttpxURL:
    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text


@pytest.mark.parametrize("response", [
    RequestsLike("https://news.example.cn/a.html", LYING, {"Content-Type": "text/html; charset=GBK"}),
    RequestsLike(HttpxURL("https://news.example.cn/a.html"), LYING, {"content-type": "text/html; charset=GBK"}),
    ScrapyLike("https://news.example.cn/a.html", LYING, {b"Content-Type": [b"text/html; charset=GBK"]}),
])
def test_charset_from_the_header_and_url_from_the_response(response: Any) -> None:
    article = cqnews.parse_response(response)
    assert article.url == "https://news.example.cn/a.html"
    assert article.extraction.encoding == "gb18030"
    assert article.headline == cqnews.parse(ZH).headline


def test_case_insensitive_header_lookup_of_requests() -> None:
    requests = pytest.importorskip("requests")
    response = requests.models.Response()
    response._content = LYING
    response.url = "https://news.example.cn/a.html"
    response.headers["content-type"] = "text/html; charset=GBK"
    assert response_parts(response) == ("https://news.example.cn/a.html", LYING, "text/html; charset=GBK")


def test_real_httpx_response() -> None:
    httpx = pytest.importorskip("httpx")
    request = httpx.Request("GET", "https://news.example.cn/a.html")
    response = httpx.Response(200, content=LYING, headers={"Content-Type": "text/html; charset=GBK"}, request=request)
    assert cqnews.parse_response(response).extraction.encoding == "gb18030"


def test_no_body_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="no bytes body"):
        cqnews.parse_response(object())


@pytest.mark.parametrize("wrap", [zlib.compress, lambda page: zlib.compress(page)[2:-4]])  # zlib, raw deflate
def test_deflate_body_kept_as_sent_is_decompressed(wrap: Callable[[bytes], bytes]) -> None:
    page = (DATA / "generic_news.html").read_bytes()
    sent = RequestsLike("https://example.com/a", wrap(page), {"Content-Encoding": "deflate"})
    decoded = RequestsLike("https://example.com/a", page, {"Content-Encoding": "deflate"})  # requests, httpx
    assert cqnews.parse_response(sent).headline == cqnews.parse_response(decoded).headline == cqnews.parse(page).headline


def test_deflate_bomb_is_input_too_large() -> None:
    bomb = RequestsLike("https://example.com/a", zlib.compress(b" " * 3_000_000), {"Content-Encoding": "deflate"})
    with pytest.raises(cqnews.InputTooLargeError):
        cqnews.parse_response(bomb, options=cqnews.ParseOptions(max_input_bytes=1_000_000))
