"""Bylines of many languages and layouts (made-up lines and pages; credits8)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import parse_credit_line


def _names(line: str) -> list[str | None]:
    return [c.name for c in parse_credit_line(line)]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Par Jeanne Roe Publié le 3 mars 2025 à 10h12", ["Jeanne Roe"]),
        ("Jeanne Roe Mis à jour le 3 mars", ["Jeanne Roe"]),
        ("Von Anna Roe Aktualisiert am 03.03.2025", ["Anna Roe"]),
        ("Von Anna Roe und Jan Doe Veröffentlicht am 3. März", ["Anna Roe", "Jan Doe"]),
        ("Por Juana Roe Actualizado: 03/03/2025", ["Juana Roe"]),
        ("Di Marco Neri Aggiornato il 3 marzo", ["Marco Neri"]),
        ("Av Kari Lund Oppdatert 3. mars", ["Kari Lund"]),
        ("Door Piet Roe Bijgewerkt 3 maart", ["Piet Roe"]),
    ],
)
def test_published_and_updated_stamps_end_the_names(line: str, names: list[str]) -> None:
    assert _names(line) == names
