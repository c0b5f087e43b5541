"""A given name that is also a name particle ("Ben", as in "Ahmed ben Ali") opening a credit: "Credit: Ben Ford" is a
person (a given name and a surname), not an organisation; an article particle opening an outlet's name ("Al Jazeera",
"Le Monde") stays no person (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.credit_text.names import looks_like_person
from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Credit: Ben Ford", (None, [("Ben Ford", None)])),
        ("Volunteers fill sandbags by the river. Credit: Ben Ford", ("Volunteers fill sandbags by the river.", [("Ben Ford", None)])),
        ("Volunteers fill sandbags by the river. Photo by Della Roe", ("Volunteers fill sandbags by the river.", [("Della Roe", None)])),
    ],
)
def test_given_name_particle_opens_a_person(text: str, expected: tuple[str | None, list[tuple[str | None, str | None]]]) -> None:
    assert _typed(text) == expected


@pytest.mark.parametrize("text", ["Al Jazeera", "Le Monde", "La Stampa"])
def test_article_particle_opens_no_person(text: str) -> None:
    assert not looks_like_person(text)


def test_particle_inside_a_name_still_a_particle() -> None:
    assert looks_like_person("Ahmed ben Ali")
