"""A 她/他 goes to the person the sentence before gives that sex (妻子李华), not to a subject whose sex is untold."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_she_after_a_man_and_his_wife_is_the_wife() -> None:
    assert speakers("王明带着妻子李华回到老家。她说：“这里的变化太大了。”") == ["李华"]


def test_he_after_a_woman_and_her_husband_is_the_husband() -> None:
    assert speakers("李华陪着丈夫王明去医院复查。他说，身体已经好多了。") == ["王明"]


def test_he_stays_with_the_subject_when_no_sex_is_told() -> None:
    assert speakers("王明找到了同事李强。他说，项目已经完成了。") == ["王明"]
