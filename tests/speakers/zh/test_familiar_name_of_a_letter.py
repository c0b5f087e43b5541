"""小 or 老 and one capital Latin letter (小A, 小B: the name a page gives someone it will not name) after a noun of a
person is the name, the noun the role (before: the name 视频博主小A or 市民小A, role and name in one). Every sentence
is made up (lifestyle features, county news)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_video_blogger_glued_to_xiao() -> None:
    assert said("视频博主小A说：“这家店的牛肉面真的值得排队。”") == [("小A", "视频博主")]


def test_resident_before_a_cue_of_telling() -> None:
    assert said("市民小A告诉记者：“晚上这条路连一盏灯都没有。”") == [("小A", "市民")]


def test_student_before_a_place_clause() -> None:
    assert said("大学生小B在采访中说，兼职的收入只够付房租。") == [("小B", "大学生")]
