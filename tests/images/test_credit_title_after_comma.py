"""A photographer's title after the name and a comma ("Photo by Dana Whitfield, staff", "Photo: Dana Whitfield, Staff
Photographer"): what the taker is, no organisation, as after a slash ("Dana Whitfield/Staff"). Before, "staff" was
the credit's organisation. An outlet after the comma stays the organisation. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit

_CAPTION = "Vendors set up stalls in the old market hall before dawn on Saturday."


@pytest.mark.parametrize(
    "credit",
    ["Photo by Dana Whitfield, staff", "Photo: Dana Whitfield, Staff Photographer", "(Dana Whitfield, Staff)"],
)
def test_title_after_the_name_is_no_organisation(credit: str) -> None:
    caption, credits = split_photo_credit(f"{_CAPTION} {credit}")
    assert caption == _CAPTION
    assert [(c.raw, c.name, c.organization) for c in credits] == [(credit, "Dana Whitfield", None)]


def test_outlet_after_the_comma_stays() -> None:
    credit = "Photo: Dana Whitfield, Valley Courier"
    _, credits = split_photo_credit(f"{_CAPTION} {credit}")
    assert [(c.name, c.organization) for c in credits] == [("Dana Whitfield", "Valley Courier")]
