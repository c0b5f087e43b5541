"""The Romanian by-word "de" before the writer's name in a byline element ("de Ion Popescu"), read as a by-word only
on a page declared Romanian: elsewhere "De" opens a surname ("De Vries", "De Luca").

Every page is made up; each expected name is read off it.
"""

from __future__ import annotations

import pytest

import cqnews

_RO = (
    "<p>Primăria a anunțat joi că noul pod peste râu va fi deschis circulației la sfârșitul lunii.</p>"
    "<p>Lucrările au durat doi ani și au costat mai mult decât se estimase la început.</p>"
)
_NL = (
    "<p>De gemeente heeft donderdag besloten de oude veerpier te herbouwen na twee stormachtige winters.</p>"
    "<p>Het werk begint in het najaar en de pier gaat de zomer daarna weer open.</p>"
)


def _page(lang: str, byline: str, body: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>Pod</title></head><body><h1>Podul nou se deschide</h1>'
        f'<div class="autor">{byline}</div>{body}</body></html>'
    )


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("de Ion Vasilescu", ["Ion Vasilescu"]),
        ("De Andreea Dumitrescu", ["Andreea Dumitrescu"]),
        ("de Ion Vasilescu și Ana Marin", ["Ion Vasilescu", "Ana Marin"]),
    ],
)
def test_a_romanian_byline_opening_with_de(byline: str, authors: list[str]) -> None:
    assert cqnews.parse(_page("ro", byline, _RO), url="https://stiri.example.net/pod").authors == authors


def test_de_opening_a_surname_on_a_page_of_another_language_stays() -> None:
    assert cqnews.parse(_page("nl", "De Luca Marco", _NL), url="https://nieuws.example.net/pier").authors == [
        "De Luca Marco"
    ]
