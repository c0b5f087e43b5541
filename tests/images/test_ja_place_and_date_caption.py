"""A Japanese caption's place and date after the equals sign ("…＝東京都内で2021年3月") is part of the caption, no
photo credit; an agency after it ("…＝共同") is one. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize("caption", ["桜が咲く公園の様子＝東京都内で2021年3月", "記者会見する市長＝市役所で５日"])
def test_a_place_and_date_after_the_equals_sign_is_no_credit(caption: str) -> None:
    assert split_photo_credit(caption) == (caption, [])


def test_an_agency_after_the_equals_sign_is_a_credit() -> None:
    caption, credits = split_photo_credit("桜が咲く公園の様子＝共同")
    assert caption == "桜が咲く公園の様子"
    assert [c.organization for c in credits] == ["共同"]
