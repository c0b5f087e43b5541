"""A quoted phrase ending in the head of a name (项目, 活动, 中心) is the name of a thing (实施“万村计划”), unless it holds
the copula as a word of its own: “这是全县第一个此类项目” is a sentence said."""

from __future__ import annotations

from tests.quote_helpers import texts_in


def test_sentence_with_the_copula_ending_in_a_name_head_is_a_quote() -> None:
    assert texts_in("据了解，“这是全县第一个此类项目”，相关负责人表示。") == ["这是全县第一个此类项目"]


def test_name_of_a_programme_stays_no_quote() -> None:
    assert texts_in("今年，该县启动了“美丽庭院示范项目”。") == []
