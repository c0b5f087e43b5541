"""Round 18 (Session 60): a backslash before the query of an http(s) or relative link is a slash to a browser
(WHATWG URL, "special" schemes). A page written on Windows (``images\\2024\\quay.jpg``) or a hostile one
(``https:\\\\cdn.example/a.jpg``) gave an ``Image.src`` no browser loads: the backslashes joined as part of the page's
path. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.urls import checked_url, join_url

PARAGRAPHS = (
    "<p>The ferry company will add a second boat to the island route in May, its director told reporters.</p>"
    "<p>“Demand has doubled since the bridge closed,” said Oren Vail, who runs the harbour office.</p>"
)


def _src(src: str, url: str | None = "https://news.example/local/ferry.html") -> str | None:
    page = (
        f"<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1><figure><img src='{src}'>"
        f"<figcaption>The new boat at the quay.</figcaption></figure>{PARAGRAPHS}</article></body></html>"
    )
    images = cqnews.parse(page, url=url).images
    return images[0].src if images else None


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("images\\2024\\quay.jpg", "https://news.example/local/images/2024/quay.jpg"),
        ("\\media\\quay.jpg", "https://news.example/media/quay.jpg"),
        ("https:\\\\cdn.example\\img\\quay.jpg", "https://cdn.example/img/quay.jpg"),
        ("\\\\cdn.example/quay.jpg", "https://cdn.example/quay.jpg"),
        ("/img/quay.jpg?path=a\\b", "https://news.example/img/quay.jpg?path=a\\b"),
    ],
)
def test_backslashes_before_the_query_are_slashes(src: str, expected: str) -> None:
    assert _src(src) == expected


def test_without_a_page_url_the_link_is_written_with_slashes() -> None:
    assert _src("images\\quay.jpg", url=None) == "images/quay.jpg"


def test_the_boundary_functions() -> None:
    assert join_url("https://news.example/a/b.html", "c\\d.jpg") == "https://news.example/a/c/d.jpg"
    assert checked_url("HTTPS:\\\\cdn.example\\a.jpg") == ("HTTPS://cdn.example/a.jpg", None)
    # Other schemes keep their backslashes (and are dropped by the scheme policy as before).
    assert join_url(None, "mailto:a\\b@example.org") == "mailto:a\\b@example.org"
