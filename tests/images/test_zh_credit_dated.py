"""A Chinese credit in a caption's closing bracket with the day the picture was taken after it, a space between
("（中央社記者李華攝　115年5月12日）", a year of the Republic, as Taiwan's agency writes it; "2026年5月12日"; "5月12日"):
the credit is read without the date, the whole bracket as written is its raw text. A date alone in the bracket is
caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits


@pytest.mark.parametrize(
    ("caption", "bracket", "name", "outlet"),
    [
        ("工人12日在港口裝卸貨櫃。", "（中央社記者李華攝　115年5月12日）", "李華", "中央社"),
        ("工人12日在港口裝卸貨櫃。", "（中央社記者李華攝 2026年5月12日）", "李華", "中央社"),
        ("工人在港口装卸集装箱。", "（王芳 摄 5月12日）", "王芳", None),
    ],
)
def test_credit_with_its_date(caption: str, bracket: str, name: str, outlet: str | None) -> None:
    assert caption_and_credits(caption + bracket) == (caption, [(name, outlet, bracket.replace("\u3000", " "))])


def test_a_date_alone_stays_in_the_caption() -> None:
    written = "工人在港口装卸集装箱（5月12日）"
    assert caption_and_credits(written) == (written, [])
