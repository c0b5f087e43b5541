"""Round 7 of hostile input: a base URL of megabytes (``<base href>`` or ``url=``) before many relative images.

Each relative image source was joined to the base, which copies and re-splits it: a 1 MB base cost 0.4 s per image,
and a page of 1,000 relative images (120 KB of markup with a 1 MB ``<base href>``) ran for 12 to 30 s of CPU, far past
the 5 s a parse promises, peaking over 600 MB. A base longer than any URL a server answers (8 KB) is not joined; the
sources stay as written, as without a base. A 2 KB base is still joined.
"""

from __future__ import annotations

import time

import pytest

import cqnews
from cqnews.urls import MAX_BASE_CHARS, join_url
from tests.cpu_bar import cpu_bar

FIGURES = "".join(
    f'<figure><img src="photos/harbour-{n}.jpg" alt="The harbour, view {n}">'
    f"<figcaption>The old quay wall, view {n}. Photo: Lin Hao</figcaption></figure>"
    for n in range(1_000)
)
PAGE = (
    "<html><head>{head}</head><body><article><h1>Harbour works begin</h1>"
    "<p>The harbour works began on Monday after two years of planning by the port authority.</p>"
    f"{FIGURES}</article></body></html>"
)
HUGE_BASE = "https://news.example/" + "section/" * 130_000  # 1 MB


@pytest.mark.parametrize("where", ["base href", "url="])
def test_a_megabyte_base_before_a_thousand_images_is_fast(where: str) -> None:
    head = f'<base href="{HUGE_BASE}">' if where == "base href" else ""
    url = HUGE_BASE if where == "url=" else "https://news.example/harbour.html"
    started = time.process_time()
    article = cqnews.parse(PAGE.format(head=head).encode(), url=url)
    assert time.process_time() - started < cpu_bar(5.0)
    assert article.images and article.images[0].src == "photos/harbour-0.jpg"


def test_a_long_base_that_a_server_answers_is_still_joined() -> None:
    base = "https://news.example/" + "a" * 2_000 + "/story.html"
    assert join_url(base, "photo.jpg") == "https://news.example/" + "a" * 2_000 + "/photo.jpg"
    assert join_url("https://news.example/" + "a" * MAX_BASE_CHARS, "photo.jpg") == "photo.jpg"


def test_a_base_too_long_to_join_is_said_in_a_warning() -> None:
    page = PAGE.format(head="").encode()
    long_base = "https://news.example/" + "b" * MAX_BASE_CHARS
    article = cqnews.parse(page, url=long_base)
    assert article.images[0].src == "photos/harbour-0.jpg"
    assert any("kept as written" in w for w in article.extraction.warnings)
    joined = cqnews.parse(page, url="https://news.example/harbour.html")
    assert joined.images[0].src == "https://news.example/photos/harbour-0.jpg"
    assert not any("kept as written" in w for w in joined.extraction.warnings)
