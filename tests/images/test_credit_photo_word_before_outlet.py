"""A photo word with no colon before an outlet whose name opens with an article, an archive word between them or not
("(Photo archives Le Courrier)", "(Photo d'archives Le Courrier)", "Photo Le Courrier"), closing a caption: the
credit, the outlet its organisation without the photo word or the archive word. A photo word before a thing's name
("(Photo Finish)") and an archive note naming no one ("(Photo archives)") are read as before. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.credit_text.photo import parse_photo_credit
from tests.figure_helpers import caption_and_credits

_CAPTION = "Des ouvriers réparent la route du port lundi matin."


@pytest.mark.parametrize(
    ("credit", "organization"),
    [
        ("(Photo archives Le Courrier)", "Le Courrier"),
        ("(Photo d'archives Le Courrier)", "Le Courrier"),
        ("Photo archives Le Courrier", "Le Courrier"),
        ("(Photo Le Courrier)", "Le Courrier"),
        ("(Foto archivio La Gazzetta del Lago)", "La Gazzetta del Lago"),
    ],
)
def test_photo_word_before_an_outlet_closing_a_caption(credit: str, organization: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(None, organization, credit)])


@pytest.mark.parametrize(
    ("written", "organization"),
    [
        ("Photo Le Courrier", "Le Courrier"),
        ("Photo archives Le Courrier", "Le Courrier"),
        ("Photo Finish", "Photo Finish"),
    ],
)
def test_the_photo_word_is_no_part_of_the_outlet(written: str, organization: str) -> None:
    (credit,) = parse_photo_credit(written)
    assert (credit.name, credit.organization) == (None, organization)


def test_an_archive_note_naming_no_one_stays_caption_text() -> None:
    written = f"{_CAPTION} (Photo archives)"
    assert caption_and_credits(written) == (written, [])
