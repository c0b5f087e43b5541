"""A cue negated past a word of manner (并未正面回应, 没有过多解释, 未公开表示) or after a word of "no need" (无需解释)
reports nothing, as 未回应 does; without the negation the same cue reports (made-up sentences; the expected
clauses are read from the sentences)."""

from __future__ import annotations

from tests.quote_helpers import reported_zh


def test_negated_past_manner_reports_nothing() -> None:
    assert reported_zh("对于这份遗书，她没有过多解释，转身离开了医院的走廊。") == []
    assert reported_zh("对于网传的裁员消息，该公司并未正面回应，股价当天下跌了三个百分点。") == []


def test_negated_past_manner_traditional() -> None:
    assert reported_zh("對於網傳的裁員消息，該公司並未正面回應，股價當天下跌了三個百分點。") == []


def test_no_need_reports_nothing() -> None:
    assert reported_zh("在这种情况下已经无需解释，事实本身就足以说明一切问题。") == []


def test_manner_without_negation_reports() -> None:
    p = "该公司正面回应，网传的裁员消息完全不属实。"
    assert reported_zh(p) == ["网传的裁员消息完全不属实。"]
