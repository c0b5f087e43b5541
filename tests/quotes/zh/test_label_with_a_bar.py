"""A label opening the paragraph and a bar before its quote (李华｜“…”, 李华 | “…”, as WeChat features write a row of
voices) names the speaker as a label and a colon does; a heading before a bar (乡村振兴｜“…”) names no one."""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_name_and_full_width_bar() -> None:
    assert speakers("张伟｜“这几年，村里的变化太大了。”") == ["张伟"]


def test_name_and_spaced_bar() -> None:
    assert speakers("李华 | “这几年，村里的变化太大了。”") == ["李华"]


def test_role_name_and_bar() -> None:
    assert speakers("村民李华｜“路修好以后，菜好卖多了。”") == ["李华"]


def test_heading_and_bar_names_no_one() -> None:
    assert speakers("乡村振兴｜“村里的变化太大了。”") == []


def test_role_space_name_and_colon() -> None:
    assert said("种植户 李华：“这几年，村里的变化太大了。”") == [("李华", "种植户")]


def test_role_space_name_and_bar() -> None:
    assert said("种植户 李华｜“这几年，村里的变化太大了。”") == [("李华", "种植户")]
