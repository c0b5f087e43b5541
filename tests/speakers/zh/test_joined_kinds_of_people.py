"""和 between two kinds of people is "and", not a surname.

和 is a surname too, so a phrase ending in 和 and a noun (司机和乘客, 妻子和家属) was read as a person named 和乘客.
The noun after 和 is a word of the dictionary, no given name: the phrase names kinds of people, nobody in
particular. A name of 和 and a given name (和平) is still a name.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_the_wife_and_the_family_are_no_one_named() -> None:
    assert said("王明的妻子和家属表示，他们会继续上诉。") == [(None, "王明的妻子和家属")]


def test_the_driver_and_the_passengers_are_no_one_named() -> None:
    assert said("涉事司机和乘客表示，他们没有看到。") == [(None, "涉事司机和乘客")]


def test_a_name_of_the_surname_he_is_still_a_name() -> None:
    assert speakers("和平表示，他们没有看到。") == ["和平"]
