"""A Chinese file-picture note before a credit ("…。资料图片 新华社记者 李四 摄") is a label of the credit, not the
caption's words nor an organisation: the credit names the outlet of its reporter. A photo label after the caption's
comma ("…活动，图：张三 摄") opens the credit too. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits


@pytest.mark.parametrize("label", ["资料图片", "资料图", "资料照片"])
def test_file_picture_note_before_an_outlets_reporter(label: str) -> None:
    written = f"工人在码头装卸集装箱。{label} 新华社记者 李四 摄"
    assert caption_and_credits(written) == ("工人在码头装卸集装箱。", [("李四", "新华社", f"{label} 新华社记者 李四 摄")])


def test_file_picture_note_before_a_name() -> None:
    written = "工人在码头装卸集装箱。 资料图片 李四 摄"
    assert caption_and_credits(written) == ("工人在码头装卸集装箱。", [("李四", None, "资料图片 李四 摄")])


def test_photo_label_after_a_comma_opens_the_credit() -> None:
    assert caption_and_credits("市民参加植树活动，图：张三 摄") == ("市民参加植树活动", [("张三", None, "图：张三 摄")])


def test_label_glued_to_caption_words_stays_caption_text() -> None:
    caption, credits = caption_and_credits("市民参加植树活动，现场图：张三 摄")
    assert caption is not None and caption.endswith("现场图")
    assert [c[0] for c in credits] == ["张三"]


def test_file_picture_note_before_a_source_label() -> None:
    written = "工人在码头装卸集装箱。 资料图片来源：视觉中国"
    assert caption_and_credits(written) == ("工人在码头装卸集装箱。", [(None, "视觉中国", "资料图片来源：视觉中国")])


def test_data_source_line_stays_caption_text() -> None:
    # 资料来源 (the source of the data) with no picture word: not read as the picture's credit here
    written = "工人在码头装卸集装箱。 资料来源：国家统计局"
    assert caption_and_credits(written) == (written, [])
