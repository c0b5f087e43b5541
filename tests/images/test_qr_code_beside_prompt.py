"""A QR code whose file name says nothing ("640.jpeg", "a8f3c2.png"): a square picture beside a prompt to scan it
is no picture of the story; a square photograph whose caption tells of people scanning codes stays (made-up pages)."""

from __future__ import annotations

import lxml.html

from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/16/story.html"
PHOTO = '<figure><img src="/f/harbour.jpg" width="800" height="500"><figcaption>The harbour at dawn.</figcaption></figure>'


def _sources(html: str) -> list[str | None]:
    root = lxml.html.fromstring(f"<html><body><article><p>First paragraph.</p>{PHOTO}{html}<p>More.</p></article></body></html>")
    return [d.src for d in find_images(root, BASE)]


def test_wechat_square_picture_after_a_scan_prompt() -> None:
    html = """<section><p>长按识别下方二维码，关注我们</p>
        <p><img data-src="https://mmbiz.example.cn/mmbiz_jpg/a8f3c2/640?wx_fmt=jpeg" data-ratio="1" data-w="430"></p></section>"""
    assert _sources(html) == ["https://news.example.com/f/harbour.jpg"]


def test_portal_square_picture_with_the_prompt_below() -> None:
    html = """<div><p style="text-align:center"><img src="/upload/20240516/a8f3c2.png" width="200" height="200"></p>
        <p style="text-align:center">扫一扫 下载客户端</p></div>"""
    assert _sources(html) == ["https://news.example.com/f/harbour.jpg"]


def test_english_square_picture_with_the_prompt_in_its_caption() -> None:
    html = """<figure><img src="/f/x91b.png" width="300" height="300"><figcaption>Scan the QR code to join our
        newsletter.</figcaption></figure>"""
    assert _sources(html) == ["https://news.example.com/f/harbour.jpg"]


def test_square_photo_of_people_scanning_codes_stays() -> None:
    html = """<figure><img src="/f/metro.jpg" width="600" height="600"><figcaption>市民在地铁站扫码进站。</figcaption></figure>"""
    assert _sources(html) == ["https://news.example.com/f/harbour.jpg", "https://news.example.com/f/metro.jpg"]


def test_oblong_picture_beside_a_prompt_stays() -> None:
    html = """<p>扫一扫 下载客户端</p><figure><img src="/f/ferry.jpg" width="800" height="500"></figure>"""
    assert _sources(html) == ["https://news.example.com/f/harbour.jpg", "https://news.example.com/f/ferry.jpg"]
