"""说明 ("explains") right before a comma or a colon after a person's name reports the clause after the mark
(县教育局局长王红梅说明，…); elsewhere it means "shows" (这说明，…, 数据说明，…) and reports nothing (made-up
sentences; the clauses are read from them)."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_a_named_official_explains() -> None:
    p = "县教育局局长王红梅说明，新校区将于九月投入使用。"
    assert reported_by(p) == [("王红梅", "新校区将于九月投入使用。")]


def test_traditional() -> None:
    p = "市衛生局長陳建國說明，疫苗將於下週送達各區。"
    assert reported_by(p) == [("陳建國", "疫苗將於下週送達各區。")]


def test_shows_reports_nothing() -> None:
    assert reported_by("这说明，我们的工作还有不足。") == []
    assert reported_by("数据说明，今年的增长放缓了。") == []
