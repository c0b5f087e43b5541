"""Relative picture sources resolve against the page's ``<base href>``, as a browser resolves them (made-up pages)."""

from __future__ import annotations

import cqnews

_LEDE = "<p>" + "The council voted on Monday to repair the bridge before the winter storms arrive. " * 4 + "</p>"
_FIGURE = '<figure><img src="img/tower.jpg" width="800" height="500"><figcaption>The north tower.</figcaption></figure>'


def _srcs(head: str, url: str | None = "https://www.example.com/news/2024/bridge.html") -> list[str | None]:
    html = (
        f"<html><head>{head}<title>Bridge</title></head><body><article><h1>Bridge</h1>"
        f"{_LEDE}{_FIGURE}{_LEDE}</article></body></html>"
    )
    return [image.src for image in cqnews.parse(html, url=url).images]


def test_absolute_base_on_another_host() -> None:
    assert _srcs('<base href="https://static.example.org/assets/">') == ["https://static.example.org/assets/img/tower.jpg"]


def test_relative_base_is_joined_with_the_page_url() -> None:
    assert _srcs('<base href="/media/">') == ["https://www.example.com/media/img/tower.jpg"]


def test_without_base_the_page_url_resolves() -> None:
    assert _srcs("") == ["https://www.example.com/news/2024/img/tower.jpg"]


def test_a_base_with_only_a_target_changes_nothing() -> None:
    assert _srcs('<base target="_blank">') == ["https://www.example.com/news/2024/img/tower.jpg"]
