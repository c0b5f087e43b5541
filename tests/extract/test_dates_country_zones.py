"""A time written without an offset on a page of a country with one zone and no daylight saving (Japan, Korea,
Vietnam, as China already): the zone of the page's country domain or of its declared language.

Every page is made up; each expected time is read off the page.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import cqnews


def _page(lang: str, title: str, line: str, body: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body><h1>{title}</h1>'
        f"<div>{line}</div>{body}</body></html>"
    )


_JA = "<p>港湾局は木曜日、古い桟橋を建て替えると発表した。</p><p>工事は秋に始まり、来年の夏に再開する予定だという。</p>"
_KO = "<p>항만청은 목요일 낡은 부두를 다시 짓겠다고 발표했다.</p><p>공사는 가을에 시작되어 내년 여름에 다시 문을 열 예정이다.</p>"
_VI = "<p>Ban quản lý cảng hôm thứ Năm cho biết sẽ xây lại cầu tàu cũ.</p><p>Công trình sẽ bắt đầu vào mùa thu và mở cửa lại vào mùa hè năm sau.</p>"
_EN = (
    "<p>The port authority said on Thursday it would rebuild the old pier after storms closed it.</p>"
    "<p>Work will start in the autumn and the pier should reopen next summer.</p>"
)


@pytest.mark.parametrize(
    ("lang", "line", "body", "url", "hours"),
    [
        ("ja", "2026年9月17日 08時45分", _JA, "https://example.net/n/1", 9),
        ("ko", "입력 2026.09.17 08:45", _KO, "https://example.net/n/1", 9),
        ("vi", "17/09/2026 08:45", _VI, "https://example.net/n/1", 7),
        ("en", "Published: 17 September 2026, 08:45", _EN, "https://www.example.co.kr/n/1", 9),
        ("en", "Published: 17 September 2026, 08:45", _EN, "https://www.example.jp/n/1", 9),
    ],
)
def test_a_time_without_offset_takes_the_countrys_one_zone(lang: str, line: str, body: str, url: str, hours: int) -> None:
    article = cqnews.parse(_page(lang, "港", line, body), url=url)
    assert article.published == datetime(2026, 9, 17, 8, 45, tzinfo=timezone(timedelta(hours=hours)))


def test_a_page_of_a_country_with_several_zones_keeps_its_time_naive() -> None:
    article = cqnews.parse(_page("en", "Pier", "Published: 17 September 2026, 08:45", _EN), url="https://example.com/n/1")
    assert article.published == datetime(2026, 9, 17, 8, 45)
    assert article.published.tzinfo is None
