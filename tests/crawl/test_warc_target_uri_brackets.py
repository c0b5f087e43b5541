"""A WARC/1.0 record whose ``WARC-Target-URI`` is written in angle brackets gives the URL without them.

WARC/1.0's grammar put ``<`` ``>`` around the URI (WARC/1.1 dropped them); wget 1.19.4 and later write them so. The
brackets were kept: ``Article.url`` was ``<https://…>``, no URL, and the page's relative images were never joined.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cqnews
from cqnews.warc import WarcPage, write_warc

pytest.importorskip("fastwarc")

PAGE = (
    b"<html><head><title>Tram line</title></head><body><article><h1>Tram line reopens after repairs</h1>"
    b"<p>The tram line to the university reopens on Monday after three weeks of track repairs, the city said.</p>"
    b"<figure><img src='/photos/tram.jpg'><figcaption>A tram at the depot.</figcaption></figure>"
    b"<p>Buses that replaced the trams stop running on Sunday evening.</p></article></body></html>"
)


@pytest.mark.parametrize("written", ["<https://news.example/city/tram>", "https://news.example/city/tram"])
def test_bracketed_target_uri_is_the_url(tmp_path: Path, written: str) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [WarcPage(url=written, body=PAGE)])
    [result] = list(cqnews.parse_many([path], jobs=0))
    assert result.source.url == "https://news.example/city/tram"
    assert result.article is not None and result.article.url == "https://news.example/city/tram"
    assert [image.src for image in result.article.images] == ["https://news.example/photos/tram.jpg"]
