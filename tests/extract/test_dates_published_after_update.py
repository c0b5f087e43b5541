"""A date line that names the update first and the publishing after it ("Actualizado: … | Publicado: …"): the
publishing date is the one after its label. And the Italian and Romanian word before a clock ("ore 10:20").

Every page and string is made up; each expected date is read off it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import cqnews
from cqnews.enrich.dates import read_date
from cqnews.extract.shown_dates import published_after_update

_BODY = (
    "<p>The harbour board agreed on Thursday to rebuild the old ferry pier after two winters of storm damage "
    "closed it to passengers.</p><p>Work is to start in the autumn and the pier should reopen the following "
    "summer, the board said in a statement.</p>"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Actualizado: 18/09/2026 12:00 | Publicado: 17/09/2026 08:45", "Publicado: 17/09/2026 08:45"),
        ("Last updated: Friday, September 18, 2026 | First published: Thursday, September 17, 2026",
         "First published: Thursday, September 17, 2026"),
        ("Updated 18 September 2026", "Updated 18 September 2026"),  # no publishing date: left for the caller
        ("Published 17 September 2026 · Updated 18 September 2026", "Published 17 September 2026 · Updated 18 September 2026"),
    ],
)
def test_the_publishing_part_of_a_line_that_opens_with_the_update(text: str, expected: str) -> None:
    assert published_after_update(text) == expected


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ('<div class="fecha">Actualizado: 18/09/2026 12:00 | Publicado: 17/09/2026 08:45</div>', "es",
         datetime(2026, 9, 17, 8, 45)),
        ("<div>Last updated: Friday, September 18, 2026 | First published: Thursday, September 17, 2026</div>", "en",
         datetime(2026, 9, 17)),
    ],
)
def test_a_page_showing_its_update_before_its_publishing(line: str, lang: str, expected: datetime) -> None:
    page = (
        f'<html lang="{lang}"><head><title>Pier</title></head><body><h1>Ferry pier to be rebuilt</h1>{line}'
        f"{_BODY}</body></html>"
    )
    article = cqnews.parse(page, url="https://harbour.example.net/news/pier")
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pubblicato il 17 settembre 2026, ore 08:45", datetime(2026, 9, 17, 8, 45)),
        ("17 settembre 2026 alle ore 19:05", datetime(2026, 9, 17, 19, 5)),
        ("17 septembrie 2026, ora 08:45", datetime(2026, 9, 17, 8, 45)),
    ],
)
def test_the_word_before_the_clock_in_italian_and_romanian(text: str, expected: datetime) -> None:
    found = read_date(text)
    assert found is not None
    assert found.value == expected
