"""A Japanese photo label written right before the equals sign after the caption's last sentence opens the credit
("…作業員たち。写真＝山田太郎撮影", "…。撮影＝山田太郎"): before, the credit began at the sign when the taker was
followed by the shot word, and "写真" stayed at the caption's end. A label that ends a word of the caption
("記念写真＝山田太郎撮影") stays in it; the credit begins at the sign. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "新しい橋に最後の鋼材を取り付ける作業員たち。"


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("写真＝山田太郎撮影", "山田太郎"),
        ("写真＝佐藤花子撮影", "佐藤花子"),
        ("撮影＝山田太郎", "山田太郎"),
    ],
)
def test_label_before_the_sign_opens_the_credit(credit: str, name: str) -> None:
    assert caption_and_credits(_CAPTION + credit) == (_CAPTION, [(name, None, credit)])


def test_label_inside_a_caption_word_stays_in_the_caption() -> None:
    assert caption_and_credits("橋の完成を祝う記念写真＝山田太郎撮影") == (
        "橋の完成を祝う記念写真",
        [("山田太郎", None, "＝山田太郎撮影")],
    )
