"""A numbered set of items named in quote marks inside a reported clause (要做到“三个到位”：一是…, 要增强“四个意识”,
“三不”) is a term, no words said; a sentence said that opens with a count (“一个都不能少”, “三个月后再说”) stays one."""

from __future__ import annotations

from tests.quote_helpers import direct_texts


def test_three_in_place_before_a_list() -> None:
    assert direct_texts("县长周海平强调，要做到“三个到位”：一是人员到位，二是资金到位。", "zh") == []


def test_four_kinds_of_awareness() -> None:
    assert direct_texts("县长周海平强调，全县干部要增强“四个意识”。", "zh") == []


def test_three_nots() -> None:
    assert direct_texts("周海平说，窗口服务要做到“三不”：不推诿、不扯皮、不拖延。", "zh") == []


def test_a_sentence_opening_with_a_count_stays() -> None:
    assert direct_texts("周海平说，脱贫路上要“一个都不能少”。", "zh") == ["一个都不能少"]


def test_a_count_of_time_stays() -> None:
    assert direct_texts("周海平说，“三个月后再说”。", "zh") == ["三个月后再说"]
