"""What a person did before speaking, written between the name and 后 (王明回家后说, 陈芳下班之后表示): the clause of
time is no part of who speaks, also when jieba tags its verb a noun (回家/n), after a title or a word of kin.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import speakers


def test_going_home_before_speaking() -> None:
    assert speakers("王明回家后说，今天的比赛很精彩。") == ["王明"]


def test_getting_home_before_speaking() -> None:
    assert speakers("赵立到家后表示，一路上都很顺利。") == ["赵立"]


def test_a_title_before_the_name() -> None:
    assert speakers("村支书周国平回家后说，今年的收成不错。") == ["周国平"]


def test_a_title_after_the_name() -> None:
    assert speakers("孙建华局长回家后表示，这次考察收获很大。") == ["孙建华"]


def test_a_daughter_named_by_her_father() -> None:
    quotes = find_quotes([Block(text="王明的女儿回家后说，爸爸做的菜最好吃。")], "zh")
    assert [q.mention for q in quotes] == ["王明的女儿"]


def test_leaving_work_then_after() -> None:
    assert speakers("陈芳下班之后表示，她愿意参加这个项目。") == ["陈芳"]
