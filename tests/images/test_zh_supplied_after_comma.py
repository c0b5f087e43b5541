"""A Chinese 供图/提供 credit whose supplier word opens the tail ("图片由…", "由…") and whose names follow the last
comma: the credit starts right after that comma, at the outlet's reporter or the file-picture note, not some
characters before it (the length of the supplier word). Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        ("工人在码头装卸集装箱。图片由港务局，记者 李四 提供", "工人在码头装卸集装箱。图片由港务局", "记者 李四 提供"),
        ("工人在码头装卸集装箱。由本报，新华社记者 李四 供图", "工人在码头装卸集装箱。由本报", "新华社记者 李四 供图"),
    ],
)
def test_credit_starts_after_the_comma(text: str, caption: str, raw: str) -> None:
    found, credits = split_photo_credit(text)
    assert found == caption
    assert [c.raw for c in credits] == [raw]
    assert [c.name for c in credits] == ["李四"]
