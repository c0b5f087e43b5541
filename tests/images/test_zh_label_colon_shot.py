"""A Chinese photo label and a colon before a name and the shot word ("图：张三 摄", "图：本报记者 张三 摄") after the
caption: the label opens the credit, so the caption keeps no trailing "图" (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        ("市民在广场参加健身活动。 图：王小红 摄", "市民在广场参加健身活动。", "图：王小红 摄"),
        ("市民在广场参加健身活动。图：王小红 摄", "市民在广场参加健身活动。", "图：王小红 摄"),
        ("市民在广场参加健身活动。 图：本报记者 王小红 摄", "市民在广场参加健身活动。", "图：本报记者 王小红 摄"),
        ("图：王小红 摄", None, "图：王小红 摄"),
    ],
)
def test_the_label_opens_the_credit(text: str, caption: str | None, raw: str) -> None:
    got, credits = split_photo_credit(text)
    assert got == caption
    assert [(c.name, c.raw) for c in credits] == [("王小红", raw)]


def test_a_label_glued_to_caption_words_stays_caption_text() -> None:
    got, credits = split_photo_credit("市民在广场参加健身活动 现场图：王小红 摄")
    assert got == "市民在广场参加健身活动 现场图"
    assert [c.name for c in credits] == ["王小红"]
