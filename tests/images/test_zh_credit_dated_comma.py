"""A Chinese credit in a caption's closing bracket with the day the picture was taken after a comma
("（中央社記者李華攝，2024年5月12日）"): the credit is read without the date, as after a space; the caption keeps none of
it. A date alone after a comma stays caption text. Made-up captions (Session 60)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "民眾12日在河濱公園參加淨灘活動。"


@pytest.mark.parametrize(
    ("bracket", "name", "outlet"),
    [
        ("（中央社記者李華攝，2024年5月12日）", "李華", "中央社"),
        ("（中央社記者李華攝，113年5月12日）", "李華", "中央社"),
        ("（記者李華攝, 5月12日）", "李華", None),
    ],
)
def test_credit_with_its_date_after_a_comma(bracket: str, name: str, outlet: str | None) -> None:
    assert caption_and_credits(_CAPTION + bracket) == (_CAPTION, [(name, outlet, bracket)])


def test_date_alone_after_a_comma_stays() -> None:
    written = "民眾在河濱公園參加淨灘活動，5月12日"
    assert caption_and_credits(written) == (written, [])
