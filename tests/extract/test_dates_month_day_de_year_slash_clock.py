"""Two written date forms: "marzo 05 de 2026" (month, day, "de", year) and a "/" between the date and the time.

Colombian and Mexican pages write the month first and "de" before the year ("marzo 05 de 2026 - 10:20 a. m.");
Nigerian and other pages put a slash between the date and the clock ("Mar 5, 2026 / 10:20 AM WAT"). Both were
left unread, or read without their time. Every page below is made up.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import cqnews
from cqnews.enrich.dates import parse_date

_ES = (
    "<p>El concejo municipal aprobó este jueves un plan para ampliar las rutas nocturnas de buses hacia cuatro"
    " barrios del sur de la ciudad.</p><p>Las nuevas rutas comenzarán a operar en mayo y costarán cerca de dos mil"
    " millones de pesos al año, según el informe de la secretaría.</p>"
)
_EN = (
    "<p>The state assembly passed a bill on Thursday to extend night bus routes to four more districts after a"
    " year of complaints from shift workers.</p><p>The new routes begin in May and will cost about two billion"
    " naira a year, the transport committee said in its report.</p>"
)


def _page(shown: str, body: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Night buses</title></head><body><article><h1>Night buses</h1>"
        f"{shown}{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("marzo 05 de 2026 - 10:20 a. m.", datetime(2026, 3, 5, 10, 20)),
        ("abril 17 de 2026", datetime(2026, 4, 17)),
        ("diciembre 1 de 2025 | 4:05 p. m.", datetime(2025, 12, 1, 16, 5)),
        ("Mar 5, 2026 / 10:20 AM", datetime(2026, 3, 5, 10, 20)),
        ("12 June 2026 / 21:45", datetime(2026, 6, 12, 21, 45)),
        ("Jan 9, 2026 / 7:30 PM WAT", datetime(2026, 1, 9, 19, 30, tzinfo=timezone(timedelta(hours=1)))),
    ],
)
def test_the_written_date_and_its_time_are_read(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("shown", "body", "lang", "expected"),
    [
        ("<span class='date'>marzo 05 de 2026 - 10:20 a. m.</span>", _ES, "es-CO", datetime(2026, 3, 5, 10, 20)),
        ("<span class='date'>octubre 22 de 2025</span>", _ES, "es-MX", datetime(2025, 10, 22)),
        ("<span class='date'>Mar 5, 2026 / 10:20 AM WAT</span>", _EN, "en-NG",
         datetime(2026, 3, 5, 10, 20, tzinfo=timezone(timedelta(hours=1)))),
        ("<span class='date'>Sept 14, 2025 / 6:05 PM</span>", _EN, "en", datetime(2025, 9, 14, 18, 5)),
    ],
)
def test_a_page_showing_the_form_gets_its_date(shown: str, body: str, lang: str, expected: datetime) -> None:
    article = cqnews.parse(_page(shown, body, lang), url="https://news.example.org/city/night-buses")
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == expected.replace(tzinfo=None)
    if expected.tzinfo is not None:
        assert article.published.utcoffset() == expected.utcoffset()
