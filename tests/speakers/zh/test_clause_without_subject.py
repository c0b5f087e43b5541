"""A clause with no subject after a comma (，称…) goes on with the unnamed person the clause before it opens with."""

from __future__ import annotations

from tests.quote_helpers import said


def test_villagers_who_came_to_help_say_it() -> None:
    found = said("王明说，家里的房子塌了。几名村民赶来帮忙，称水位还在上涨。")
    assert found[-1] == (None, "几名村民")


def test_the_officials_who_answered_say_it() -> None:
    found = said("王明的文章引来许多留言。当地的书记与镇长对外回应，称目前上级给予很多支持。")
    assert found[-1][0] is None


def test_a_named_person_before_still_speaks() -> None:
    assert said("李华打来电话，称自己已经安全到家。") == [("李华", None)]


def test_water_is_no_speaker() -> None:
    found = said("王明说，家里进水了。水开始倒灌进饭店，称铁门都被冲开了。")
    assert all(role != "水" for _, role in found)


def test_counted_people_whose_clause_runs_on_are_the_topic() -> None:
    found = said("律师王明说，案件还在审理。多名被告人当庭翻供，称遭到了逼供。")
    assert found[-1][0] is None
