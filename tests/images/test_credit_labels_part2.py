"""Credit labels that name the photographer or the kind of picture."""

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
    # a sentence about a photographer is no credit
    assert split_photo_credit("A photographer: a man who takes pictures.") == (
        "A photographer: a man who takes pictures.",
        [],
    )


def test_a_wire_routing_note_after_the_credit_is_not_part_of_the_agency() -> None:
    text, found = split_photo_credit("Die Halle am Montag. Foto: Anna Roe/dpa +++ dpa-Bildfunk +++")
    assert text == "Die Halle am Montag."
    assert [(c.name, c.organization) for c in found] == [("Anna Roe", "dpa")]


def test_the_kind_of_picture_in_brackets_after_a_name_is_not_an_organisation() -> None:
    text, found = split_photo_credit("Bild: Anna Roe (Archivbild)")
    assert text is None
    assert [(c.name, c.organization) for c in found] == [("Anna Roe", None)]


def test_an_agency_after_a_spaced_slash_ends_the_caption_as_its_credit() -> None:
    text, found = split_photo_credit("El presidente, ayer en Madrid / Juan Roe / EFE")
    assert text == "El presidente, ayer en Madrid"
    assert [(c.name, c.organization) for c in found] == [("Juan Roe", "EFE")]
    # a name alone after the slash may be a pair of places or people: the caption stays whole
    assert split_photo_credit("Der Bahnhof am Montag / Anna Roe") == ("Der Bahnhof am Montag / Anna Roe", [])
