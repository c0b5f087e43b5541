"""What a caption writes in brackets or after "(c)" is caption text, not a photo credit (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    "caption",
    [
        "Friedrich Roe (CDU)",
        "Die Spieler des FC Musterstadt (Mitte)",
        "Die Fans im Stadion (Foto)",
        "Der neue Bahnhof (Visualisierung)",
        "Die Ministerin (PSOE)",
    ],
)
def test_a_bracket_naming_a_position_a_picture_kind_or_a_party_is_no_credit(caption: str) -> None:
    assert split_photo_credit(caption) == (caption, [])


def test_c_in_brackets_before_a_comma_or_a_lower_case_word_is_the_centre_not_copyright() -> None:
    for caption in ("El rey (c), en Madrid, con los ministros", "El rey (c) y la reina en Madrid"):
        assert split_photo_credit(caption) == (caption, [])
    caption, credits = split_photo_credit("Der Bahnhof am Montag. (c) dpa")
    assert (caption, [credit.organization for credit in credits]) == ("Der Bahnhof am Montag.", ["dpa"])
