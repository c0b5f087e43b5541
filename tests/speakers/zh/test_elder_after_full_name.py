"""A noun of an elder written after a full name as a form of address (王丽华老人, 张秀英奶奶, 李德老先生) is the
role, the name alone the speaker; a surname alone before one (田大妈) stays the familiar name it is. Every
sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said_in


def test_old_person_noun_after_a_name_with_an_age_before() -> None:
    assert said_in("72岁的王丽华老人说：“现在看病方便多了。”") == [("王丽华", "老人")]


def test_grandmother_after_a_name_after_the_quote() -> None:
    assert said_in("“我年轻时候哪见过这些。”张秀英奶奶说。") == [("张秀英", "奶奶")]


def test_old_gentleman_after_a_titled_name() -> None:
    said = said_in("退休教师李德老先生说：“读书是一辈子的事。”")
    assert said[0][0] == "李德"


def test_a_surname_alone_before_the_noun_is_still_the_familiar_name() -> None:
    assert said_in("田大妈说：“菜价比上个月便宜了。”")[0][0] == "田大妈"


def test_an_owner_before_the_noun_is_no_name() -> None:
    assert said_in("王明的老奶奶说：“读书是一辈子的事。”")[0][0] is None
