"""A photographer's title closing a credit chain ("Anna Roe/Staff Photographer", "Anna Roe/Staff", "Anna
Roe/Contributing Photographer"), as local papers sign their own pictures: the title says what the taker is and is
no organisation (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit

_CAPTION = "Players warm up before the final at the county ground."


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    "credit",
    ["(Lena Fisher/Staff Photographer)", "Lena Fisher/Staff", "(Photo: Lena Fisher/Contributing Photographer)"],
)
def test_title_after_the_taker_is_no_organisation(credit: str) -> None:
    assert _typed(f"{_CAPTION} {credit}") == (_CAPTION, [("Lena Fisher", None)])


def test_an_outlet_after_the_taker_stays() -> None:
    assert _typed(f"{_CAPTION} (Lena Fisher/The Valley Times)") == (_CAPTION, [("Lena Fisher", "The Valley Times")])
