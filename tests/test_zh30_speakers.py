"""Chinese speakers (zh30): made-up sentences whose speaker is wrong by construction.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from .quote_helpers import said


def test_people_of_a_place_are_an_unnamed_source_not_a_body() -> None:
    # 四川农民 ("farmers of Sichuan"), 当地渔民 ("local fishermen"): a kind of person and where they are from; nobody
    # is named, and no organisation of that name speaks.
    assert said("四川农民说：“今年雨水太多了。”") == [(None, "四川农民")]
    assert said("当地渔民表示：“今年雨水太多了。”") == [(None, "当地渔民")]
    assert said("杭州店主说：“今年生意不好做。”") == [(None, "杭州店主")]
    assert said("深圳司机说：“今年生意不好做。”") == [(None, "深圳司机")]


def test_a_place_before_a_body_is_still_the_body() -> None:
    # 四川航空 (an airline), 美国 (a country): no kind of person, the body or the country speaks.
    assert said("四川航空表示：“航班正常。”") == [("四川航空", None)]
    assert said("美国表示：“我们不接受。”") == [("美国", None)]
