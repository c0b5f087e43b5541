"""A word of a relative or a companion (邻居, 同事, 家属) right before a person's name, the person then acting on a
thing before the cue (握着医生的手说), describes the name: the speaker is the name, the word its role, as after a
noun of a kind of person (村民张建国握着…). jieba tags 邻居 a verb. Every sentence is made up; each expected speaker
is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_neighbour_holding_a_hand() -> None:
    assert said("邻居张建国握着医生的手说：“谢谢你们救了我的孩子。”") == [("张建国", "邻居")]


def test_colleague_holding_a_hand() -> None:
    assert said("同事李红拉着她的手说：“别太难过了。”") == [("李红", "同事")]


def test_family_member_after_the_quote() -> None:
    assert said("“谢谢大家的帮助。”家属王伟握着志愿者的手说。") == [("王伟", "家属")]


def test_villager_unchanged() -> None:
    assert said("村民张建国握着医生的手说：“谢谢你们救了我的孩子。”") == [("张建国", "村民")]
