"""A verb of guessing with its subject left out after a comma (…，预计明年六月建成投产) is the writer's forecast, or
goes on with a speaker's clause before it: it reports nothing of its own. With a subject (专家预计，…) it reports."""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_forecast_after_the_writers_facts_is_no_quote() -> None:
    assert text_said_in("据了解，该项目总投资十亿元，预计明年六月建成投产。") == []
    assert text_said_in("目前该工程已完成八成，预计年底前全线通车。") == []
    assert text_said_in("今年粮食产量稳定增长，估计全年可达五百万吨。") == []


def test_forecast_with_a_subject_reports() -> None:
    assert text_said_in("专家预计，明年房价将保持平稳。") == [("明年房价将保持平稳。", None, "专家")]
    said = text_said_in("目前该工程已完成八成，王明预计年底前可以通车。")
    assert said == [("年底前可以通车。", "王明", None)]
