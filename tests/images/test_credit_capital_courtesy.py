"""A photo word and "COURTESY (OF)" in capitals after the caption's stop ("… on Tuesday. PHOTO COURTESY OF LAKESIDE
COUNCIL") is its credit, as "Photo courtesy of Lakeside Council" and "PHOTO BY TOM REED" are: the caption ended in its
credit before. Made-up captions in the shape of small US papers (Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_EN = "Volunteers plant oak saplings along the river trail on Tuesday."


@pytest.mark.parametrize(
    ("credit", "organization"),
    [
        ("PHOTO COURTESY OF LAKESIDE COUNCIL", "LAKESIDE COUNCIL"),
        ("PHOTO COURTESY LAKESIDE COUNCIL", "LAKESIDE COUNCIL"),
        ("PHOTOS COURTESY OF THE RIVER TRUST", "THE RIVER TRUST"),
    ],
)
def test_capital_courtesy_after_the_stop_is_the_credit(credit: str, organization: str) -> None:
    caption, credits = caption_and_credits(f"{_EN} {credit}")
    assert caption == _EN
    assert [(name, raw) for name, _, raw in credits] == [(None, credit)]
    assert credits[0][1] is not None and credits[0][1].casefold() == organization.casefold()


def test_lower_case_courtesy_in_capitals_sentence_stays() -> None:
    written = "THE PHOTO COURTESY DESK OPENS AT NOON."
    assert caption_and_credits(written)[0] == written
