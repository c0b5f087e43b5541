"""A body's name with "and" inside, capitalised on both sides, read forward after "according to" or an inverted
cue ("According to the Fisheries and Oceans Council, …", "said the Roads and Bridges Authority") is one name,
not the words before "and". Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers_in_en


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("According to the Fisheries and Oceans Council, stocks have recovered.", "the Fisheries and Oceans Council"),
        ("According to the Mines and Energy Ministry, output fell.", "the Mines and Energy Ministry"),
        ("According to the Provincial Roads and Transport Bureau, two bridges shut.", "the Provincial Roads and Transport Bureau"),
        ("“Both lanes are open,” said the Roads and Bridges Authority.", "the Roads and Bridges Authority"),
    ],
)
def test_the_body_named_across_and(text: str, body: str) -> None:
    assert speakers_in_en(text) == [body]


def test_two_people_joined_by_and_are_no_body() -> None:
    assert speakers_in_en("According to Ann Cole and Tom Hale, the deal is off.") == ["Ann Cole"]
