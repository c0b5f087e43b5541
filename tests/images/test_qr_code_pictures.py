"""A QR code to scan ("qrcode.jpg", "erweima.png", "wx-qr.png"; Chinese portals close their articles with one) is
no picture of the article (made-up pages)."""

from __future__ import annotations

import pytest

import cqnews

_ZH = "<p>" + "市政府周一决定在冬季到来之前修复河上的大桥，工程预计将持续三个月，居民出行将受到一定影响。" * 3 + "</p>"


def _srcs(body: str) -> list[str | None]:
    html = f"<html><head><title>大桥</title></head><body><article><h1>大桥</h1>{_ZH}{body}{_ZH}</article></body></html>"
    return [image.src for image in cqnews.parse(html, url="https://www.example.cn/news/2024/05/bridge.html").images]


@pytest.mark.parametrize("name", ["qrcode.jpg", "site_erweima.png", "wx-qr.png", "ewm.jpg", "weixin/qr/code.png"])
def test_qr_code_file_is_no_article_picture(name: str) -> None:
    body = f'<p style="text-align:center"><img src="/upload/{name}" width="258" height="258"></p><p>扫描二维码关注我们</p>'
    assert _srcs(body) == []


def test_a_picture_whose_name_holds_qr_inside_a_word_is_kept() -> None:
    body = '<p><img src="/upload/2024/squirrel.jpg" width="800" height="533"></p>'
    assert _srcs(body) == ["https://www.example.cn/upload/2024/squirrel.jpg"]
