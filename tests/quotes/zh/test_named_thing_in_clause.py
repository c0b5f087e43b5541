"""A quote with no mark inside that stands in a clause right before the noun it names (报道过“…”一事, 开展“…”教育活动)
is the name of a thing, whatever source the sentence has; one that modifies its noun with 的 may still be words said."""

from __future__ import annotations

from tests.quote_helpers import texts_in


def test_name_before_its_noun_is_no_quote() -> None:
    paragraph = "记者注意到，几年前就有媒体报道过“外地学生冒名顶替上大学”一事。"
    assert texts_in(paragraph) == []


def test_words_with_de_before_a_noun_are_still_said() -> None:
    paragraph = "有网友感叹这次“比春运抢票还难”的预约，“门票一放出来就没了”。"
    assert texts_in(paragraph) == ["比春运抢票还难", "门票一放出来就没了"]
