"""A demonstrative and a measure word (该股, 此股: this stock, for its company) before a title: the title's holder is
unnamed, as after 该公司; before, 董秘 and 董事长 were read as names (董 a surname). Every sentence is made up; each
expected value is read off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_title_after_gaigu_is_role_only() -> None:
    assert said("该股董秘表示，公司经营一切正常。") == [(None, "该股董秘")]
    assert said("该股董事长称，今年订单饱满。") == [(None, "该股董事长")]


def test_measure_of_people_stays() -> None:
    assert said("该名男子说：“我只是路过。”") == [(None, "男子")]
