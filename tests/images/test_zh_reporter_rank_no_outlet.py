"""A reporter's rank written before the reporter word ("见习记者", "资深记者", "本报见习记者";
lexicon.credits.CJK_REPORTER_RANKS) is part of the role, never the outlet's name: "（见习记者 王明 摄）" credits 王明
with no organisation. Before, "见习" and "资深" were read as the outlet, and "本报见习" as "本报". An outlet before
the reporter word stays one ("新华社记者"). Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "6月3日，工人在新建的跨河大桥上吊装最后一根钢梁。"


@pytest.mark.parametrize(
    "credit",
    ["（见习记者 王明 摄）", "见习记者 王明 摄", "（资深记者 王明 摄）", "（本报见习记者 王明 摄）"],
)
def test_rank_before_the_reporter_word_names_no_outlet(credit: str) -> None:
    assert caption_and_credits(_CAPTION + credit) == (_CAPTION, [("王明", None, credit)])


def test_outlet_before_the_reporter_word_stays_the_outlet() -> None:
    credit = "（新华社记者 王明 摄）"
    assert caption_and_credits(_CAPTION + credit) == (_CAPTION, [("王明", "新华社", credit)])
