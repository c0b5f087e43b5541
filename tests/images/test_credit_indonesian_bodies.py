"""Indonesian and Malay credits: a government body's words ("Humas", "Pemkot", "Polda", "Jabatan") name an
organisation, not a person; the stop of "Dok." (documentation) opening the credit ends no sentence, and "Dok." is
no part of a body's name (test_credit_label_before_non_giver.py; made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "caption", "orgs"),
    [
        ("Warga memadati alun-alun kota, Selasa (5/3). Foto: Dok. Humas Pemkot",
         "Warga memadati alun-alun kota, Selasa (5/3).", ["Humas Pemkot"]),
        ("Warga antre di depan kantor kelurahan. Foto: Dok. Pribadi",
         "Warga antre di depan kantor kelurahan.", ["Dok. Pribadi"]),
        ("Warga antre di depan kantor kelurahan. (Foto: Humas Polda Jatim)",
         "Warga antre di depan kantor kelurahan.", ["Humas Polda Jatim"]),
        ("Orang ramai beratur di hadapan dewan. Gambar: Jabatan Penerangan",
         "Orang ramai beratur di hadapan dewan.", ["Jabatan Penerangan"]),
    ],
)
def test_a_body_credits_the_picture(text: str, caption: str, orgs: list[str]) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert [(c.name, c.organization) for c in credits] == [(None, org) for org in orgs]


def test_a_stop_after_another_word_still_ends_a_sentence() -> None:
    # "Foto:" inside the caption with a sentence after it is no credit
    caption, credits = split_photo_credit("Warga antre. Foto: Budi lalu pulang. Mereka menunggu lama.")
    assert credits == []
    assert caption == "Warga antre. Foto: Budi lalu pulang. Mereka menunggu lama."
