"""A Chinese 供图/提供 credit whose supplier word opens the tail ("图片由…", "由…") and whose names follow the last
comma: the credit starts right after that comma, at the outlet's reporter or the file-picture note, not some
characters before it (the length of the supplier word). Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


# What these captions say: the picture shows dock workers; who supplied it (the port authority, 本报) and the reporter
# named after the comma are the credit. The reporter's credit must start right after the comma (it began as many
# characters early as the supplier word is long: caption "…图片由港", organisation "务局，"). Where the supplier's
# words before the comma go is not settled yet (the caption keeps them): only the caption's sentence is asserted.
@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("工人在码头装卸集装箱。图片由港务局，记者 李四 提供", "记者 李四 提供"),
        ("工人在码头装卸集装箱。由本报，新华社记者 李四 供图", "新华社记者 李四 供图"),
    ],
)
def test_credit_starts_after_the_comma(text: str, raw: str) -> None:
    found, credits = split_photo_credit(text)
    assert found is not None and found.startswith("工人在码头装卸集装箱。")
    assert "记者" not in found and "李四" not in found
    assert [c.raw for c in credits] == [raw]
    assert [c.name for c in credits] == ["李四"]
