"""Round 5 of hostile input: a URL whose host no browser could look up ("http://.../", a space in the host, a
label over 63 characters) is dropped with a warning, as malformed brackets and ports already were; Unicode
host names ("bücher.de") and their IDNA form stay."""

from __future__ import annotations

import time

import pytest

import cqnews
from cqnews.urls import checked_url
from tests.cpu_bar import cpu_bar

PAGE = (
    "<html><head><title>Harbour works</title></head><body><article><h1>Harbour works begin</h1>"
    "<p>The harbour works began on Monday after two years of planning by the port authority.</p>"
    "<p>Crews will dredge the channel first and then rebuild the old quay wall.</p>"
    "<img src='{src}'></article></body></html>"
)


@pytest.mark.parametrize(
    "url",
    ["http://.../a", "http://exa mple.com/a", "http://" + "a" * 64 + ".com/a", "http://a..b/a", "http://:80/a",
     "http://ex*ample.com/a", "http://" + "b" * 100_000 + "/a"],
    ids=["dots", "space", "long-label", "empty-label", "no-host", "star", "100k-host"],
)
def test_page_url_with_a_malformed_host_is_dropped_with_a_warning(url: str) -> None:
    article = cqnews.parse(PAGE.format(src="pier.jpg"), url)
    assert article.url is None
    assert "a URL with a malformed host name was dropped" in article.extraction.warnings


def test_image_with_a_malformed_host_is_dropped_with_a_warning() -> None:
    article = cqnews.parse(PAGE.format(src="http://cdn..example.com/pier.jpg"), "https://news.example.com/a")
    assert article.images == []
    assert "a URL with a malformed host name was dropped" in article.extraction.warnings


@pytest.mark.parametrize(
    "url",
    ["http://bücher.de/x", "http://xn--bcher-kva.de/x", "http://例子.测试/a", "http://example.com./a",
     "http://1.2.3.4:8080/a", "http://[::1]:80/a", "https://img_cdn.example.com/a", "//cdn.example.com/a.jpg",
     "a.jpg"],
)
def test_well_formed_hosts_stay(url: str) -> None:
    assert checked_url(url) == (url, None)


def test_a_long_unicode_host_is_dropped_in_linear_time() -> None:
    """A host of 20,000 Chinese characters: IDNA's Punycode step is quadratic in a label (10,000 characters took 11 s
    of CPU); a label too long for IDNA is known before that step."""
    host = "".join(chr(0x4E00 + (n * 7919) % 20_000) for n in range(20_000))
    started = time.process_time()
    assert checked_url(f"http://{host}/a.jpg") == (None, "a URL with a malformed host name was dropped")
    assert checked_url(f"http://{host[:5]}.example/a.jpg")[1] is None  # (a short Unicode label stays)
    assert time.process_time() - started < cpu_bar(1.0)
