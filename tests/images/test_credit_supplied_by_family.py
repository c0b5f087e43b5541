"""A family after "supplied by", "provided by" ("Photo: supplied by the Roe family", "Image provided by the Dorsey
family") is the giver, as after "courtesy of": the giving words are no part of the credit. Made-up captions in the
shape of local papers (Session 60)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import parse_photo_credit
from tests.figure_helpers import caption_and_credits

_CAP = "Ella Roe, 9, shows the ribbon she won at the county fair on Saturday."


@pytest.mark.parametrize(
    ("credit", "giver"),
    [
        ("Photo: supplied by the Roe family", "the Roe family"),
        ("Photo supplied by the Roe family", "the Roe family"),
        ("Image provided by the Dorsey family", "the Dorsey family"),
        ("Photo: courtesy of the Roe family", "the Roe family"),
    ],
)
def test_family_after_giving_words_is_the_giver(credit: str, giver: str) -> None:
    assert [(c.name, c.organization) for c in parse_photo_credit(credit)] == [(None, giver)]
    assert caption_and_credits(f"{_CAP} {credit}") == (_CAP, [(None, giver, credit)])


def test_giving_words_before_a_description_stay_caption() -> None:
    written = "Ribbons supplied by the fair board hang on the barn wall."
    assert caption_and_credits(written) == (written, [])
