"""A modifier ending in 的 before a name with an address after it (获奖的李思远同学): the address is the modifier's
noun, the role 获奖的同学; before, the role was 获奖的, a modifier with no noun. Every sentence is made up; each
expected value is read off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_modifier_keeps_the_address_it_modifies() -> None:
    assert said("获奖的李思远同学说：“感谢老师的培养。”") == [("李思远", "获奖的同学")]


def test_title_before_a_name_and_address_stays_alone() -> None:
    assert said("区长王刚同志表示，要把实事办好。") == [("王刚", "区长")]
