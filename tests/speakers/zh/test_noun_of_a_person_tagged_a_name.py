"""老 or 小 before a noun of a person (小姑娘, 小老头, 老师傅) that jieba's dictionary tags a name: a kind of person,
nobody named; before, 小姑娘 and 小老头 were speakers' names. Every sentence is made up; each expected value is read
off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_little_girl_is_no_name() -> None:
    assert said("这个小姑娘说：“我想当医生。”") == [(None, "这个小姑娘")]
    assert said("一个小老头说：“我每天都来。”") == [(None, "一个小老头")]


def test_familiar_names_stay_names() -> None:
    assert said("老张说：“这是我第一次坐高铁。”") == [("老张", None)]
