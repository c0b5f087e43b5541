"""A Chinese credit written before the caption with only a space between ("记者 张伟 摄 5月12日，工人在码头装卸集装箱。",
"视觉中国供图 市民在江边散步。"): the picture's credit, and the sentence after it the caption. A verb ending in 摄
("他拍摄 了…") is no credit. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits


@pytest.mark.parametrize(
    ("written", "caption", "credits"),
    [
        ("记者 张伟 摄 5月12日，工人在码头装卸集装箱。", "5月12日，工人在码头装卸集装箱。", [("张伟", None, "记者 张伟 摄")]),
        ("视觉中国供图 市民在江边散步。", "市民在江边散步。", [(None, "视觉中国", "视觉中国供图")]),
    ],
)
def test_credit_then_space_then_caption(
    written: str, caption: str, credits: list[tuple[str | None, str | None, str]]
) -> None:
    assert caption_and_credits(written) == (caption, credits)


def test_verb_ending_in_shot_is_no_credit() -> None:
    written = "他拍摄 了很多江边的照片。"
    assert caption_and_credits(written) == (written, [])
