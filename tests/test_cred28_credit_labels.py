"""Credit labels that name the photographer or the kind of picture (session 28)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("caption", "bare", "credits"),
    [
        (
            "The governor speaks in the capital on Monday. Photographer: Anna Roe/Bloomberg",
            "The governor speaks in the capital on Monday.",
            [("Anna Roe", "Bloomberg")],
        ),
        ("Die Halle am Montag. Fotomontage: Anna Roe", "Die Halle am Montag.", [("Anna Roe", None)]),
        ("La sala, ayer. Fotógrafo: Ana Roe", "La sala, ayer.", [("Ana Roe", None)]),
        ("La salle, lundi. Photographe : Jean Roe", "La salle, lundi.", [("Jean Roe", None)]),
        ("Die Halle am Montag. Fotografin: Anna Roe", "Die Halle am Montag.", [("Anna Roe", None)]),
    ],
)
def test_a_photographer_label_is_a_label_not_an_organisation(
    caption: str, bare: str, credits: list[tuple[str | None, str | None]]
) -> None:
    text, found = split_photo_credit(caption)
    assert text == bare
    assert [(c.name, c.organization) for c in found] == credits


def test_a_sentence_about_a_photographer_is_no_credit() -> None:
    assert split_photo_credit("A photographer: a man who takes pictures.") == (
        "A photographer: a man who takes pictures.",
        [],
    )
