"""A verb that reports only with a mark after it (反映, 补充) ending the sentence after a quote reports the quote before
it, its subject between, though a dash or a listener stands there too (“…”——多名工人向记者反映。)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_clause_cue_after_a_listener_reports_the_quote() -> None:
    assert said("“干了大半年，一分钱都没有拿到。”——多名工人向记者反映。") == [(None, "多名工人")]
    assert said("“一分钱都没有拿到”——多名工人向记者反映。") == [(None, "多名工人")]
    assert said("“药费一直没有报销。”村民王强向镇里反映。") == [("王强", "村民")]
