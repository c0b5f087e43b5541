"""A photo word and a person's name with no colon closing the caption, the name opening with a known given name
("… sabato. (foto Paolo Bianchi)", "… samedi. Photo Marie Dubois"), as Italian and French papers write it: the credit,
as "PHOTO MARIA ORTIZ" in capitals already was. A photo word before a thing's name in mixed case ("Photo Finish",
"Photo Booth Rental") stays caption text. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("caption", "tail", "name"),
    [
        ("I venditori allestiscono i banchi nel vecchio mercato sabato.", "(foto Paolo Bianchi)", "Paolo Bianchi"),
        ("I venditori allestiscono i banchi nel vecchio mercato sabato.", "Foto Paolo Bianchi", "Paolo Bianchi"),
        ("Des marchands installent leurs étals dans la halle samedi.", "Photo Marie Dubois", "Marie Dubois"),
        ("Händler bauen am Samstag ihre Stände in der Halle auf.", "(Foto Jürgen Vogt)", "Jürgen Vogt"),
    ],
)
def test_photo_word_and_given_name(caption: str, tail: str, name: str) -> None:
    got, credits = split_photo_credit(f"{caption} {tail}")
    assert got == caption
    assert [(c.raw, c.name, c.organization) for c in credits] == [(tail, name, None)]


@pytest.mark.parametrize(
    "text", ["Runners cross the line at the race. Photo Finish", "Guests queue at the fair for the Photo Booth Rental."]
)
def test_photo_word_before_a_thing_stays_text(text: str) -> None:
    assert split_photo_credit(text) == (text, [])
