"""A verb of guessing after a comma, its subject left out (…，估计是因为…; …，预计…), goes on with the speaker's
clause it explains: one report, not a second one cut at the comma (made-up sentences, simplified and traditional;
the expected clause is read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_zh


def test_expected_goes_on() -> None:
    p = "警方表示，事故现场已经清理完毕，预计道路今晚可以恢复通车。"
    assert reported_zh(p) == [p[p.index("事故") :]]


def test_guess_goes_on_traditional() -> None:
    p = "協會發言人表示，早前確認失蹤者的手機信號已經消失，估計是因為手機沒電。"
    assert reported_zh(p) == [p[p.index("早前") :]]
