"""A labelled credit in capitals run straight into the caption, no bar or dash between ("PHOTO: DANA WHITFIELD
Vendors set up stalls on Saturday."): the credit ends where a word in sentence case opens the caption. One word in
capitals is a credit only when the tables know the agency. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "caption", "raw", "people"),
    [
        (
            "PHOTO: DANA WHITFIELD Vendors set up stalls in the old market hall on Saturday.",
            "Vendors set up stalls in the old market hall on Saturday.",
            "PHOTO: DANA WHITFIELD",
            [("Dana Whitfield", None)],
        ),
        (
            "Foto: LENA HARTMANN/DPA Händler bauen am Samstag ihre Stände auf.",
            "Händler bauen am Samstag ihre Stände auf.",
            "Foto: LENA HARTMANN/DPA",
            [("Lena Hartmann", "dpa")],
        ),
        (
            "FOTO: EFE Vendedores montan sus puestos en el antiguo mercado.",
            "Vendedores montan sus puestos en el antiguo mercado.",
            "FOTO: EFE",
            [(None, "EFE")],
        ),
    ],
)
def test_capitals_credit_before_caption(text: str, caption: str, raw: str, people: list[tuple[str | None, str | None]]) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert [c.raw for c in credits] == [raw] * len(people)
    assert [(c.name, c.organization) for c in credits] == people


def test_one_unknown_word_in_capitals_opens_no_credit() -> None:
    caption, credits = split_photo_credit("Photo: US Navy sailors load supplies onto the ship on Saturday.")
    assert (caption, [(c.name, c.organization) for c in credits]) != (
        "Navy sailors load supplies onto the ship on Saturday.",
        [(None, "US")],
    )
