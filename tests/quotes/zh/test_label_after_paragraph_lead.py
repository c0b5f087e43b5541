"""A label line whose paragraph opens with a bullet, a section number or a column tag before the label (WeChat and
feature layouts: 02 | 王明：“…”, ▍王明：“…”, 三、王明：“…”, 【访谈】王明：“…”): the lead is no part of the speaker
or the role."""

from __future__ import annotations

from tests.quote_helpers import said


def test_section_number_and_bar_before_the_label() -> None:
    assert said("02 | 谭志远：“合作社今年分红翻了一番。”") == [("谭志远", None)]


def test_bullet_glued_to_the_label() -> None:
    assert said("▍谭志远：“合作社今年分红翻了一番。”") == [("谭志远", None)]


def test_chinese_section_number_before_the_label() -> None:
    assert said("三、谭志远：“合作社今年分红翻了一番。”") == [("谭志远", None)]


def test_column_tag_before_a_role_and_name() -> None:
    assert said("【访谈】合作社理事长 谭志远：“今年分红翻了一番。”") == [("谭志远", "合作社理事长")]


def test_label_in_brackets_alone_is_still_the_speaker() -> None:
    assert said("【谭志远】：“合作社今年分红翻了一番。”") == [("谭志远", None)]
