"""A localiser of nearness before a noun of a person (附近商户, 周边居民, 周围群众, 沿线村民: jieba tags 附近, 周边, 周围,
沿线 f) says where the person lives or works: part of the role, as a localiser of direction is, not a phrase of place
cut off its edge. Every sentence is made up; each expected role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_nearby_traders_report() -> None:
    assert said("附近商户反映，这条路晚上经常有货车超速行驶。") == [(None, "附近商户")]


def test_surrounding_residents_report() -> None:
    assert said("周边居民反映，工地夜间施工噪音很大。") == [(None, "周边居民")]


def test_people_around_after_a_quote() -> None:
    assert said("“晚上根本睡不着。”周围群众说。") == [(None, "周围群众")]


def test_villagers_along_the_road() -> None:
    assert said("沿线村民表示，新路修好后出行方便多了。") == [(None, "沿线村民")]
