"""A name of two characters that jieba's dictionary holds as an adjective (严明 strict, 高明 brilliant, 温和 mild),
right after a title and before the cue, is the name of the title's holder: no adjective stands between a title and
its verb of saying without 地. An adjective with 地 (局长严肃地说) is the manner, no name.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_bureau_head_named_strict() -> None:
    assert said("局长严明表示：“整改必须到位。”") == [("严明", "局长")]


def test_factory_head_named_brilliant() -> None:
    assert said("厂长高明说：“订单排到了明年。”") == [("高明", "厂长")]


def test_long_title_before_an_adjective_name() -> None:
    assert said("县纪委书记严明说：“发现一起查处一起。”") == [("严明", "县纪委书记")]


def test_adjective_with_de_is_the_manner() -> None:
    assert said("李华严肃地说：“整改必须到位。”") == [("李华", None)]
