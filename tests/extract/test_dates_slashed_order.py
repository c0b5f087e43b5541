"""A slashed date whose two numbers could each be the month ("05/03/2026") is read in the page's order.

The country of the declared language, else the URL's country domain, says it: month first in the United
States and the Philippines, day first elsewhere; a language other than English is read day first. An English
page that names no country says nothing, and the date is still refused. Every page below is made up.
"""

from __future__ import annotations

from datetime import date

import pytest

import cqnews
from cqnews.enrich.dates import slashed_day_first

_EN = (
    "<p>The state assembly passed a bill on Thursday to extend night bus routes to four more districts after a"
    " year of complaints from shift workers.</p><p>The new routes begin in May and will cost about two billion"
    " a year, the transport committee said in its report after the vote.</p>"
)
_FR = (
    "<p>Le conseil municipal a approuvé jeudi un plan pour prolonger les lignes de bus de nuit vers quatre"
    " quartiers du sud de la ville.</p><p>Les nouvelles lignes ouvriront en mai et coûteront environ deux"
    " millions par an, selon le rapport de la commission des transports.</p>"
)


def _page(lang: str, body: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Night buses</title></head><body><article><h1>Night buses</h1>"
        f"<p class='byline'>By Ada Obi</p><span class='date'>05/03/2026</span>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "url", "body", "expected"),
    [
        ("en-NG", "https://news.example.com/city/night-buses", _EN, date(2026, 3, 5)),
        ("en-GB", "https://news.example.com/city/night-buses", _EN, date(2026, 3, 5)),
        ("en-US", "https://news.example.com/city/night-buses", _EN, date(2026, 5, 3)),
        ("en", "https://news.example.com.ph/city/night-buses", _EN, date(2026, 5, 3)),
        ("en", "https://news.example.co.ke/city/night-buses", _EN, date(2026, 3, 5)),
        ("fr", "https://infos.example.com/ville/bus-de-nuit", _FR, date(2026, 3, 5)),
    ],
)
def test_the_page_says_the_order(lang: str, url: str, body: str, expected: date) -> None:
    article = cqnews.parse(_page(lang, body), url=url)
    assert article.published is not None and article.published.date() == expected


def test_an_english_page_naming_no_country_is_refused() -> None:
    article = cqnews.parse(_page("en", _EN), url="https://news.example.com/city/night-buses")
    assert article.published is None


@pytest.mark.parametrize(
    ("declared", "url", "expected"),
    [
        ("en-PH", None, False),
        ("en_IN", None, True),
        ("es", "https://diario.example.com/a", True),
        ("en", "https://radio.example.fm/a", None),
        ("zh", "https://news.example.com/a", None),
        (None, None, None),
        ("en", "https://[::1/a", None),
        ("fr", "https://[::1/a", True),
    ],
)
def test_slashed_day_first(declared: str | None, url: str | None, expected: bool | None) -> None:
    assert slashed_day_first(declared, url) is expected
