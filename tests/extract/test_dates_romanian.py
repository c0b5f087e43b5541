"""Romanian dates: months written as words ("2 martie 2026"), the labels "Publicat" and "Actualizat".

Every value is made up; each expected date is read off the string or the page.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import cqnews
from cqnews.enrich.dates import read_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17 septembrie 2026", datetime(2026, 9, 17)),
        ("joi, 17 septembrie 2026, 08:45", datetime(2026, 9, 17, 8, 45)),
        ("3 ianuarie 2027", datetime(2027, 1, 3)),
        ("30 noiembrie 2026", datetime(2026, 11, 30)),
        ("12 iulie 2026, 19:05", datetime(2026, 7, 12, 19, 5)),
    ],
)
def test_a_romanian_month_written_as_a_word(text: str, expected: datetime) -> None:
    found = read_date(text)
    assert found is not None
    assert found.value == expected


def test_a_romanian_publishing_line_before_its_update() -> None:
    page = (
        '<html lang="ro"><head><title>Podul nou se deschide</title></head><body><h1>Podul nou se deschide</h1>'
        '<div class="info">Publicat: joi, 17 septembrie 2026, 08:45 | Actualizat: 18 septembrie 2026, 10:00</div>'
        "<p>Primăria a anunțat joi că noul pod peste râu va fi deschis circulației la sfârșitul lunii.</p>"
        "<p>Lucrările au durat doi ani și au costat mai mult decât se estimase la început.</p></body></html>"
    )
    article = cqnews.parse(page, url="https://stiri.example.net/local/pod")
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2026, 9, 17, 8, 45)
