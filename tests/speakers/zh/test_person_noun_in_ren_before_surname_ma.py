"""A noun of a person ending in 人 (媒体人, 出品人, 投资人, 音乐人) before a name with the surname 马: jieba reads
人马 (troops) across the two. The noun is the role and 马… the name (before: role 资深媒体人马 with no name, or
the name 人马丽 cut inside the noun). 人马 stays troops where no given name follows (双方人马表示). Every sentence
is made up (entertainment, business and self-media news)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_veteran_media_person() -> None:
    assert said("资深媒体人马建国说，这件事情并不简单。") == [("马建国", "资深媒体人")]


def test_a_producer() -> None:
    assert said("出品人马建国表示，电影将于明年上映。") == [("马建国", "出品人")]


def test_an_investor() -> None:
    assert said("投资人马红军认为，估值已经偏高。") == [("马红军", "投资人")]


def test_a_musician_at_an_interview() -> None:
    assert said("音乐人马小军在采访中说，新专辑下月发行。") == [("马小军", "音乐人")]


def test_a_given_name_of_one_character_glued_to_the_cue() -> None:
    assert said("自媒体人马丽说，视频发布后播放量很快过万。")[0][0] == "马丽"


def test_troops_of_both_sides_stay_troops() -> None:
    assert said("双方人马表示，愿意坐下来谈。") == [(None, "双方人马")]
