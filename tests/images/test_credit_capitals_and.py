"""A credit in capitals joins its takers with "AND" in capitals too ("PHOTOS: ANNA ROE AND TOM REED"): two people, as
"Anna Roe and Tom Reed" are; "AND" in a credit of mixed case joins two names that read as people's ("Anna Roe AND
Tom Reed"), and no one else (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    "text",
    ["Volunteers plant willows. PHOTOS: ANNA ROE AND TOM REED", "Volunteers plant willows. PHOTOS BY ANNA ROE AND TOM REED"],
)
def test_two_takers_in_capitals(text: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "Volunteers plant willows."
    assert [(c.name, c.organization) for c in credits] == [("Anna Roe", None), ("Tom Reed", None)]


def test_capitals_and_in_mixed_case_joins_two_people() -> None:
    _, credits = split_photo_credit("Volunteers plant willows. Photo: Anna Roe AND Tom Reed")
    assert [c.name for c in credits] == ["Anna Roe", "Tom Reed"]


def test_capitals_and_in_mixed_case_joins_no_organisation() -> None:
    _, credits = split_photo_credit("Volunteers plant willows. Photo: Lakeside Council AND Valley Trust")
    assert [c.name for c in credits] == [None]
