"""Photo-credit labels of many languages and layouts (made-up captions; credits8)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        # An all-capitals label after the caption, as many desks write it.
        ("El alcalde visita el mercado. FOTO: EFE", "El alcalde visita el mercado.", "FOTO: EFE"),
        ("Der Bürgermeister am Markt. FOTO: ANNA ROE/DPA", "Der Bürgermeister am Markt.", "FOTO: ANNA ROE/DPA"),
        ("Der Bürgermeister am Markt. QUELLE: dpa", "Der Bürgermeister am Markt.", "QUELLE: dpa"),
    ],
)
def test_all_capitals_photo_label_ends_the_caption(text: str, caption: str, raw: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert credits and all(c.raw == raw for c in credits)


def test_lower_case_label_inside_a_sentence_is_no_credit() -> None:
    text = "Sie zeigte das foto: ein Bild vom Markt"
    assert split_photo_credit(text) == (text, [])
