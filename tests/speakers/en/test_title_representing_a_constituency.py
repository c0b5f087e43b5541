"""A title and "representing" with the place it represents, then the holder's name in commas, is the holder's role:
"The senator representing Kano Central, Sani Kurawa, said" has the speaker "Sani Kurawa" with that role (the
constituency "Kano Central" was the speaker, the name its role), as "The MP for Wrexham, Sam Evans, said" already
read. Session 63. Made-up sentences in the shape of Nigerian and Kenyan political pages."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("The senator representing Kano Central", "Sani Kurawa"),
        ("The Senator representing Kano Central", "Sani Kurawa"),
        ("The lawmaker representing Ikeja Federal Constituency", "Bola Ade"),
    ],
)
def test_holder_named_after_title_representing_a_place(title: str, name: str) -> None:
    assert said(f"{title}, {name}, said the bill was dead on arrival.", "en") == [(name, title)]


def test_title_for_a_place_unchanged() -> None:
    assert said("The MP for Wrexham, Sam Evans, said the decision was wrong.", "en") == [
        ("Sam Evans", "The MP for Wrexham")
    ]


def test_name_then_title_representing_unchanged() -> None:
    assert said("Sani Kurawa, the senator representing Kano Central, said the bill was dead.", "en") == [
        ("Sani Kurawa", "the senator representing Kano Central")
    ]
