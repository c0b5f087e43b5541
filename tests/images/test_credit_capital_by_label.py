"""A photo label written in capitals with its "by" in capitals too ("PHOTO BY TOM REED") after the caption's last
sentence is a credit, as "Photo by Tom Reed" is; "by" in capitals after a label in mixed case is not (made-up
captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volunteers plant trees along the river. PHOTO BY TOM REED", [("Tom Reed", None)]),
        ("Volunteers plant trees along the river. PHOTOS BY TOM REED", [("Tom Reed", None)]),
        ("Volunteers plant trees along the river. IMAGE BY TOM REED/VALLEY TIMES", [("Tom Reed", "VALLEY TIMES")]),
    ],
)
def test_capitals_label_and_by(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "Volunteers plant trees along the river."
    assert [(c.name, c.organization) for c in credits] == expected


@pytest.mark.parametrize(
    "text", ["Volunteers plant trees. Photo BY the river", "A PHOTO BY THE RIVER SHOWS the flood."]
)
def test_no_credit_without_the_capitals_form(text: str) -> None:
    assert split_photo_credit(text) == (text, [])
