"""CST, PST and MST name an American zone and an Asian zone of UTC+8 each in one country: China (and Taiwan), the
Philippines, Malaysia. Round 20 read all three as the page's zone on any page of UTC+8, so a Chinese page's "MST"
(a game in Denver, "10:00 MST") came out as Beijing time, 15 hours off, and a Malaysian page's "PST" as Malaysian
time. Each names the Asian zone in its own country only now (Session 63)."""

from __future__ import annotations

from datetime import timedelta

import cqnews

_ZH = "掘金队周一在丹佛主场迎战湖人队，比赛当地时间上午开始，球迷早早来到球馆。" * 3
_EN = "The harbour reopened on Monday after the storm had passed, officials said on Tuesday morning. " * 2


def _offset(date: str, lang: str, text: str, url: str) -> timedelta | None:
    page = (
        f'<html lang="{lang}"><head><meta property="article:published_time" content="{date}"></head>'
        f"<body><article><h1>Game day</h1><p>{text}</p></article></body></html>"
    )
    published = cqnews.parse(page, url=url).published
    assert published is not None
    return published.utcoffset()


def test_mountain_time_on_a_chinese_page() -> None:
    date = "Tue, 01 Dec 2026 10:00:00 MST"
    assert _offset(date, "zh-CN", _ZH, "https://sports.example.cn/a") == timedelta(hours=-7)
    assert _offset(date, "zh-CN", _ZH, "https://sports.example.com/a") == timedelta(hours=-7)
    assert _offset(date, "en", _EN, "https://news.example.com.ph/a") == timedelta(hours=-7)


def test_pacific_time_off_the_philippines() -> None:
    date = "Tue, 01 Dec 2026 10:00:00 PST"
    assert _offset(date, "en", _EN, "https://berita.example.my/a") == timedelta(hours=-8)
    assert _offset(date, "zh-CN", _ZH, "https://sports.example.cn/a") == timedelta(hours=-8)


def test_each_country_keeps_its_own_zone() -> None:
    assert _offset("Tue Dec 01 10:00:00 CST 2026", "zh-CN", _ZH, "https://sports.example.cn/a") == timedelta(hours=8)
    assert _offset("Tue, 01 Dec 2026 10:00:00 PST", "en", _EN, "https://news.example.com.ph/a") == timedelta(hours=8)
    assert _offset("Tue, 01 Dec 2026 10:00:00 MST", "en", _EN, "https://berita.example.my/a") == timedelta(hours=8)
