"""An archive word opening a giver's name before an outlet's, a body's or a person's name ("Foto: Archivio Ansa",
"Foto: Archivo El Diario del Lago", "Foto: Archiv Stadt Lakeside", "Foto: Archivio Marco Rossi";
credit_text.photo_parse._past_archive_word) is the keeper's archive: the keeper is the credit. Before, "Archivio Ansa"
was read as a person's name and "Archivo El Diario del Lago" as the organisation's. An archive's own name ("Archives
Nationales", the library "Archive Photos") stays whole. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits


@pytest.mark.parametrize(
    ("caption", "credit", "name", "organization"),
    [
        ("I traghetti attendono al molo.", "Foto: Archivio Ansa", None, "ANSA"),
        ("Los ferris esperan en el muelle.", "Foto: Archivo El Diario del Lago", None, "El Diario del Lago"),
        ("Fähren warten am Steg.", "Foto: Archiv Stadt Lakeside", None, "Stadt Lakeside"),
        ("I traghetti attendono al molo.", "Foto: Archivio Marco Rossi", "Marco Rossi", None),
    ],
)
def test_the_keeper_after_the_archive_word_is_the_credit(
    caption: str, credit: str, name: str | None, organization: str | None
) -> None:
    assert caption_and_credits(f"{caption} {credit}") == (caption, [(name, organization, credit)])


@pytest.mark.parametrize("archive", ["Archives Nationales", "Archive Photos"])
def test_an_archive_named_so_stays_whole(archive: str) -> None:
    caption, credits = caption_and_credits(f"Ferries wait at the pier. Photo: {archive}")
    assert caption == "Ferries wait at the pier."
    assert [organization for _, organization, _ in credits] == [archive]


@pytest.mark.parametrize(
    ("credit", "archive"),
    [
        ("(Photo Archives Nationales)", "Archives Nationales"),
        ("Photo Archives Nationales", "Archives Nationales"),
        ("(Photo Archives Départementales de la Gironde)", "Archives Départementales de la Gironde"),
        ("Photo : Archives Départementales de la Gironde", "Archives Départementales de la Gironde"),
    ],
)
def test_the_photo_word_is_no_part_of_the_archives_name(credit: str, archive: str) -> None:
    """Session 63: after a photo word with no colon the archive kept the word ("Photo Archives Nationales"), and after
    the archive word in capitals its own name was read as a person ("Départementales de la Gironde")."""
    caption = "Le quai du port en 1910."
    assert caption_and_credits(f"{caption} {credit}") == (caption, [(None, archive, credit)])
