"""Two people named again together (二人, 两人, 夫妇) are spoken for by the first of them, as 王明和李华称 is."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_two_are_the_first_named() -> None:
    assert said("王明和李华都被带走调查。二人均称，自己是被冤枉的。") == [("王明", None)]


def test_two_people_never_named_are_a_description() -> None:
    assert said("两人都表示，不会放弃上诉。") == [(None, "两人")]


def test_both_parties_are_not_a_pair_of_people() -> None:
    assert said("双方均表示，愿意通过协商解决。") == [("双方", None)]
