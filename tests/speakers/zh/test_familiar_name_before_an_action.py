"""老 or 小 and a surname, then an action with 着 before the verb of saying (小刘举着喇叭说), is the speaker's
familiar name; the action is no part of it, even where jieba reads its verb as the end of the name (刘举, 杨拍).
Made-up sentences; expected values read from them."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“请大家往里走。”志愿者小刘举着喇叭说。", ("小刘", "志愿者")),
        ("“保证按时完工。”小刘拍着胸脯说。", ("小刘", None)),
        ("“别怕，马上就好。”护士小周握着老人的手说。", ("小周", "护士")),
        ("“今年雨水足。”老李拿着锄头说。", ("老李", None)),
        ("摊主小杨指着西瓜说：“保熟，不甜不要钱。”", ("小杨", "摊主")),
    ],
)
def test_the_action_is_no_part_of_the_name(text: str, speaker: tuple[str, str | None]) -> None:
    assert said(text) == [speaker]
