"""A count of pictures after a credit ("dpa (2)"): made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import parse_photo_credit, split_photo_credit


def test_the_count_of_pictures_is_no_part_of_the_agency() -> None:
    text, credits = split_photo_credit("Die neue Brücke am Morgen. Fotos: dpa (2), AFP")
    assert text == "Die neue Brücke am Morgen."
    assert [(c.name, c.organization) for c in credits] == [(None, "dpa"), (None, "AFP")]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Fotos: Anna Roe (3), Jan Roe (1)", [("Anna Roe", None), ("Jan Roe", None)]),
        ("Bilder: Keystone (2x)", [(None, "Keystone")]),
    ],
)
def test_a_count_after_a_name_or_an_agency(credit: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(c.name, c.organization) for c in parse_photo_credit(credit)] == expected

