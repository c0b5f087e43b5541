"""A Chinese credit in a caption's closing bracket with the day the picture was taken after a comma
("（中央社記者李華攝，2024年5月12日）"): the credit is read without the date, as after a space; the caption keeps none of
it. A date alone after a comma stays caption text. Made-up captions (Session 60)."""

from __future__ import annotations

import pytest

from tests.cpu_bar import cpu_bar
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


def test_a_long_run_of_blanks_before_the_date_is_read_in_linear_time() -> None:
    # The trailing-date pattern was tried from every blank of a run: 4,000 blanks took a second of CPU.
    import time

    from cqnews.credit_text.photo_zh import _TRAILING_DATE

    text = "李华" + " " * 20_000 + "摄日"
    started = time.process_time()
    assert _TRAILING_DATE.search(text) is None
    assert time.process_time() - started < cpu_bar(0.5)
    assert _TRAILING_DATE.sub("", "李华摄" + " " * 50 + "，2024年5月12日") == "李华摄"
