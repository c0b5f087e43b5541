"""Chinese clauses of time around a cue: a verb of saying with a noun phrase and 时 (王明提到这件事时，…) is a
clause of when, and reports nothing; a report that ends in 小时 (hours) is no clause of time (陈先生说他已经等了三个多
小时。): the 时 of when is a word of its own; a reported clause may open with a time of its own after the cue.
Made-up sentences; the expected clause and speaker are read from them."""

from __future__ import annotations

from tests.quote_helpers import reported_with_mention as _indirect
from tests.quote_helpers import texts_in


def test_a_report_ending_in_hours_is_reported() -> None:
    assert _indirect("陈先生说他已经等了三个多小时。") == [("他已经等了三个多小时。", "陈先生")]
    assert _indirect("李女士说自己每天要工作十多个小时。") == [("自己每天要工作十多个小时。", "李女士")]


def test_a_clause_of_when_still_reports_nothing() -> None:
    assert _indirect("王明提到这件事时，眼眶有些湿润。") == []


def test_a_time_clause_of_mentioning_reports_nothing() -> None:
    assert texts_in("王明提到这件事时，显得十分激动，声音都在发抖。") == []


def test_a_reported_clause_opening_with_a_time_still_reports() -> None:
    assert texts_in("在接受询问时，李华称自己是那天晚饭时，才知道了这件事。") == ["自己是那天晚饭时，才知道了这件事。"]
