"""A married name (the husband's surname, her own, a given name of two: 陈李建国, 张王建国) whose last character
also heads an organisation's name (国, 军) is a person's name all the same, first of a list of speakers too.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_a_married_name_ending_in_guo_first_of_a_list_speaks() -> None:
    assert speakers("陈李建国、于东军均表示，他们没有问题。") == ["陈李建国"]


def test_a_married_name_ending_in_jun_first_of_a_list_speaks() -> None:
    assert speakers("何林立军、赵海涛都表示，比赛结果可以接受。") == ["何林立军"]


def test_a_married_name_after_a_relative_clause_keeps_the_role() -> None:
    assert said("已退休的陈李建国、于东军均表示，他们没有问题。") == [("陈李建国", "退休")]
