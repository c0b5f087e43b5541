"""建议 with punctuation right after it reports the proposal that follows (有议员曾建议，…, 她建议：…), like the other
clause cues; after a demonstrative or a count (市长认可这一建议，…) a clause cue is a noun and reports nothing
(made-up sentences, simplified and traditional; the expected clause is read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_zh


def test_proposal_after_comma_reported() -> None:
    p = "王明建议，政府应该在市中心设立一个表演区。"
    assert reported_zh(p) == [p[p.index("政府") :]]


def test_proposal_after_comma_reported_traditional() -> None:
    p = "陳議員建議，政府應該在市中心設立一個表演區。"
    assert reported_zh(p) == [p[p.index("政府") :]]


def test_proposal_as_noun_reports_nothing() -> None:
    assert reported_zh("后来市长也认可这一建议，财政部门随即调整了相关政策。") == []


def test_doubt_as_noun_reports_nothing() -> None:
    assert reported_zh("王明接受了这一质疑，随后重新修改了整个方案。") == []
