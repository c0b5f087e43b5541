"""A rights notice after a copyright holder names no one: made-up credits."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import parse_photo_credit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("©2023 Beispiel.de Alle Rechte vorbehalten", [(None, "Beispiel.de")]),
        ("© Anna Roe. All rights reserved.", [("Anna Roe", None)]),
        ("© 2021 Le Quotidien - Tous droits réservés", [(None, "Le Quotidien")]),
        ("Foto: Marek Nowak. Wszelkie prawa zastrzeżone", [("Marek Nowak", None)]),
    ],
)
def test_the_rights_notice_is_no_part_of_the_holder(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    credits = parse_photo_credit(text)
    assert [(c.name, c.organization) for c in credits] == expected
    assert all(c.raw == text for c in credits)  # the credit as written keeps the notice
