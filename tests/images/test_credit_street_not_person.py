"""A credit part naming a street or a square ("Main Street", "Harbour Road", "Rue des Halles") is a place, never a
person's name: "Photo Main Street / Tom Reyes" credits one person, Tom Reyes (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.credit_text.names import looks_like_person
from tests.figure_helpers import caption_and_credits

_CAPTION = "Vendors set up stalls in the old market hall before dawn on Saturday."


@pytest.mark.parametrize("written", ["Photo Main Street / Tom Reyes", "Photo: Main Street / Tom Reyes"])
def test_street_before_the_taker_is_no_second_person(written: str) -> None:
    caption, credits = caption_and_credits(f"{_CAPTION} {written}")
    assert caption == _CAPTION
    assert [name for name, _, _ in credits if name] == ["Tom Reyes"]
    assert all(raw == written for _, _, raw in credits)


@pytest.mark.parametrize("place", ["Main Street", "Harbour Road", "Rue des Halles", "Calle Mayor", "Park Avenue"])
def test_street_names_read_as_no_person(place: str) -> None:
    assert not looks_like_person(place)


def test_two_people_stay_two_people() -> None:
    raw = "(Photo: Dana Whitfield/Tom Reyes)"
    assert caption_and_credits(f"{_CAPTION} {raw}") == (
        _CAPTION,
        [("Dana Whitfield", None, raw), ("Tom Reyes", None, raw)],
    )
