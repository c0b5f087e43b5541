"""Filipino family names open with a particle written in lower case ("dela Cruz", "delos Santos"): a name
that holds one is still a person's, in metadata and in a visible byline. Made-up names and pages."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.credits.authors import clean_author_names


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("By Ramon dela Paz", ["Ramon dela Paz"]),
        ("By Liza delos Reyes and Carlo dela Torre", ["Liza delos Reyes", "Carlo dela Torre"]),
    ],
)
def test_a_metadata_author_with_a_filipino_particle(value: str, expected: list[str]) -> None:
    assert clean_author_names([value]) == expected


def test_a_json_ld_author_written_with_by_and_a_particle() -> None:
    page = (
        '<html lang="en"><head><title>Ferry fares to rise</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Ferry fares to rise", "author": [{"@type": "Person",'
        ' "name": "By Ramon dela Paz"}]}</script></head><body><h1>Ferry fares to rise</h1>'
        "<p>Ferry operators will raise fares on routes between the islands from next month, the regulator said.</p>"
        "<p>Passengers' groups said the increase would hurt workers who travel to the city every day.</p>"
        "</body></html>"
    )
    assert cqnews.parse(page).authors == ["Ramon dela Paz"]
