"""A cause and a causative verb before the one who feels or thinks (这让王女士担心…, 此事令村民们认为…, 这一做法让
不少商户担心…; jieba glues 这令/v, 这使/v): the cause is no part of who speaks, the one after the verb speaks.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_this_made_a_woman_worry() -> None:
    assert said("这让王女士担心孩子会因此落下病根。") == [("王女士", None)]


def test_glued_demonstrative_and_causative() -> None:
    assert said("这令陈先生担心，工厂的订单会继续减少。") == [("陈先生", None)]


def test_a_practice_made_shopkeepers_worry() -> None:
    assert said("这一做法让不少商户担心，生意会受到很大影响。") == [(None, "不少商户")]


def test_traditional_characters() -> None:
    assert said("此事令村民們認為，水源已經受到污染。") == [(None, "村民們")]
