"""A couple named as "Mary and John Boateng" shares the surname: "Mary Boateng" is a name of the article, so a later
"Mrs Boateng" is she and "Mr Boateng" he (before, both were the full name written, John Boateng). Made-up
paragraphs."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_the_title_tells_which_of_the_couple_speaks() -> None:
    paragraphs = (
        "Susan and Peter Oduya have run the bakery on Market Street for 30 years.",
        "“Flour has doubled in price,” Mrs Oduya said.",
        "“We may have to close,” Mr Oduya said.",
    )
    assert speakers_in_en(*paragraphs) == ["Susan Oduya", "Peter Oduya"]


def test_the_man_named_first() -> None:
    paragraphs = (
        "Tom and Helen Brady have farmed the valley since 1990.",
        "“The river has never been this low,” Mr Brady said.",
    )
    assert speakers_in_en(*paragraphs) == ["Tom Brady"]
