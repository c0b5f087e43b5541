"""A noun of a person ending in 人 (媒体人, 出品人) and a name of the surname 马 whose given name jieba reads as an
adverb (立新/d), which jieba reads across as 人马 (troops): the noun is the role and 马… the name (before: no one named,
role 资深媒体人马). 人马 after a word of sides stays troops. Every sentence is made up (culture and film news)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_senior_media_person_before_a_colon_quote() -> None:
    assert said("资深媒体人马立新说：“收藏市场的泡沫正在一点点破灭。”") == [("马立新", "资深媒体人")]


def test_film_producer_before_a_place_clause() -> None:
    said_ = said("影片出品人马立新在首映礼上表示，这部电影前后拍了整整三年。")
    assert said_ == [("马立新", "影片出品人")]


def test_troops_of_both_sides_stay_unnamed() -> None:
    assert said("双方人马一致表示，将在下个月恢复谈判。") == [(None, "双方人马")]
