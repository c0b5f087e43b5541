"""CST, PST and MST name an American zone and a zone of UTC+8 in Asia alike (China, Philippine, Malaysia Standard
Time). The email parser read them as American, so a Chinese page's date printed by Java ("Tue Dec 01 10:00:00 CST
2026", a server in China) came out in US Central time, 14 hours off, and a Philippine page's "10:00 a.m. PST" in
Pacific time. On a page whose own zone is UTC+8 (Chinese, or a .cn, .ph, .my domain) they are that zone now;
elsewhere the American one (Session 62)."""

from __future__ import annotations

from datetime import timedelta

import cqnews

_ZH = "港口周一重新开放，官员表示船只可以从周二上午开始停靠。" * 3
_EN = "The harbour reopened on Monday after the storm had passed, officials said on Tuesday morning. " * 2


def _published(date: str, lang: str, text: str, url: str) -> tuple[str, timedelta | None]:
    page = (
        f'<html lang="{lang}"><head><meta property="article:published_time" content="{date}"></head>'
        f"<body><article><h1>Harbour</h1><p>{text}</p></article></body></html>"
    )
    published = cqnews.parse(page, url=url).published
    assert published is not None
    return published.strftime("%Y-%m-%d %H:%M"), published.utcoffset()


def test_a_java_date_on_a_chinese_page_is_china_time() -> None:
    date = "Tue Dec 01 10:00:00 CST 2026"
    assert _published(date, "zh-CN", _ZH, "https://news.example.cn/a") == ("2026-12-01 10:00", timedelta(hours=8))
    assert _published(date, "zh-CN", _ZH, "https://news.example.com/a") == ("2026-12-01 10:00", timedelta(hours=8))


def test_philippine_and_malaysian_pages_read_their_own_zones() -> None:
    assert _published("Dec 1, 2026 10:00 a.m. PST", "en", _EN, "https://news.example.com.ph/a") == (
        "2026-12-01 10:00",
        timedelta(hours=8),
    )
    assert _published("Tue, 01 Dec 2026 10:00:00 MST", "en", _EN, "https://berita.example.my/a") == (
        "2026-12-01 10:00",
        timedelta(hours=8),
    )


def test_an_american_page_keeps_the_american_zones() -> None:
    url = "https://news.example.com/a"
    assert _published("Tue Dec 01 10:00:00 CST 2026", "en", _EN, url)[1] == timedelta(hours=-6)
    assert _published("Dec 1, 2026 10:00 a.m. PST", "en", _EN, url)[1] == timedelta(hours=-8)
    assert _published("Tue, 01 Dec 2026 10:00:00 MST", "en", _EN, url)[1] == timedelta(hours=-7)
    assert _published("Tue, 01 Dec 2026 10:00:00 CDT", "zh-CN", _ZH, "https://news.example.cn/a")[1] == timedelta(
        hours=-5
    )  # (a daylight time is American only)
