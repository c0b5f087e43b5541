"""A numbered set of items named in quote marks inside a reported clause (要做到“三个到位”：一是…, 要增强“四个意识”,
“三不”) is a term, no words said; a sentence said that opens with a count (“一个都不能少”, “三个月后再说”) stays one."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _direct(text: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=text)], "zh") if q.kind.value == "direct"]


def test_three_in_place_before_a_list() -> None:
    assert _direct("县长周海平强调，要做到“三个到位”：一是人员到位，二是资金到位。") == []


def test_four_kinds_of_awareness() -> None:
    assert _direct("县长周海平强调，全县干部要增强“四个意识”。") == []


def test_three_nots() -> None:
    assert _direct("周海平说，窗口服务要做到“三不”：不推诿、不扯皮、不拖延。") == []


def test_a_sentence_opening_with_a_count_stays() -> None:
    assert _direct("周海平说，脱贫路上要“一个都不能少”。") == ["一个都不能少"]


def test_a_count_of_time_stays() -> None:
    assert _direct("周海平说，“三个月后再说”。") == ["三个月后再说"]
