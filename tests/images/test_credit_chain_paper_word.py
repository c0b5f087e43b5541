"""A part of a credit chain holding a word that names a newspaper in a language beside English ("Harian", "Bote",
"Diario", "Gazzetta"; lexicon.credits.NEWSPAPER_WORDS) is the taker's paper, not a second person, whatever the
taker's given name ("(Photo: Budi Santoso/Harian Teluk)"). Two people stay two people. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Vendors set up stalls in the old market hall before dawn on Saturday."


@pytest.mark.parametrize(
    ("credit", "name", "paper"),
    [
        ("(Photo: Budi Santoso/Harian Teluk)", "Budi Santoso", "Harian Teluk"),
        ("Budi Santoso/Harian Teluk", "Budi Santoso", "Harian Teluk"),
        ("(Foto Diario del Valle / Marta Ruiz)", "Marta Ruiz", "Diario del Valle"),
        ("(Foto: Giulio Ferri/Gazzetta del Porto)", "Giulio Ferri", "Gazzetta del Porto"),
    ],
)
def test_paper_word_names_the_outlet(credit: str, name: str, paper: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, paper, credit)])


def test_two_people_stay_two_people() -> None:
    credit = "(Photo: Lena Hartmann/Peter Brandt)"
    assert caption_and_credits(f"{_CAPTION} {credit}") == (
        _CAPTION,
        [("Lena Hartmann", None, credit), ("Peter Brandt", None, credit)],
    )
