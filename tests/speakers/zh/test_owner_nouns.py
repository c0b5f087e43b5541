"""A noun of an owner (餐馆老板, 小吃店老板娘) after other words is a kind of person, no organisation's name, and the
subject of a clause of when after it (涉事餐馆老板在接受采访时说). Before: the organisation "涉事餐馆老板", and no
speaker at all with the clause of when. Every sentence is made up (county and food-safety news)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_owner_of_the_restaurant_concerned() -> None:
    assert said("涉事餐馆老板表示，店铺已经停业整顿。") == [(None, "涉事餐馆老板")]


def test_the_owner_in_an_interview() -> None:
    assert said("涉事餐馆老板在接受采访时说，他们会全力配合调查。") == [(None, "涉事餐馆老板")]


def test_a_named_owner_keeps_the_name() -> None:
    assert said("餐馆老板刘建国说，这个月的生意不太好。") == [("刘建国", "餐馆老板")]
