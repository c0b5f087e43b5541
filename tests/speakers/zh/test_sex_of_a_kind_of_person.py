"""女 or 男 opening the noun of a kind of person or of a job right before a name (女教师刘芳, 女民警李娜, 男护士陈浩)
gives that person's sex, so a later 她 or 他 stands for the one of that sex when two people are named together.
Every sentence is made up; each expected speaker is read off the sentences."""

from __future__ import annotations

from cqnews.enrich.speakers.sex_zh import sex_of
from tests.quote_helpers import said_in


def test_woman_teacher_named_second_is_she() -> None:
    said = said_in("张伟和女教师刘芳一起护送学生回家。", "“孩子们都很懂事。”她说。")
    assert said[0][0] == "刘芳"


def test_he_is_not_the_woman_teacher() -> None:
    said = said_in("张伟和女教师刘芳一起护送学生回家。", "“这条路晚上太黑了。”他说。")
    assert said[0][0] == "张伟"


def test_sex_of_kind_nouns() -> None:
    assert sex_of("女民警李娜在路口执勤", "李娜") == "f"
    assert sex_of("病房里，男护士陈浩正在换药", "陈浩") == "m"
    assert sex_of("女警黄敏赶到现场", "黄敏") == "f"


def test_both_sexes_or_no_kind_give_none() -> None:
    assert sex_of("男女教师陈浩和刘芳", "陈浩") is None
    assert sex_of("女排教练陈浩", "陈浩") is None  # (the coach of a women's team)


def test_a_kind_of_four_characters_and_a_relatives_noun() -> None:
    assert sex_of("女大学生林晓发起了募捐", "林晓") == "f"
    assert sex_of("女儿老师王明来家访", "王明") is None
