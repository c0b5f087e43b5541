"""A report ending in 小时 (hours) is no clause of time around the cue (陈先生说他已经等了三个多小时。): the 时 of when
is a word of its own (王明提到这件事时，…). Made-up sentences; the expected clause and speaker are read from them."""

from __future__ import annotations

from tests.quote_helpers import reported_with_mention as _indirect


def test_a_report_ending_in_hours_is_reported() -> None:
    assert _indirect("陈先生说他已经等了三个多小时。") == [("他已经等了三个多小时。", "陈先生")]
    assert _indirect("李女士说自己每天要工作十多个小时。") == [("自己每天要工作十多个小时。", "李女士")]


def test_a_clause_of_when_still_reports_nothing() -> None:
    assert _indirect("王明提到这件事时，眼眶有些湿润。") == []
