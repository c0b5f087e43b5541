"""A paper's 报道 with no 据 before it, whose clause opens with a speaker and a cue of its own (联合报报道，台北市长
蒋万安今天表示，…), relays that speaker's words, as 据…报道 does: the report is the speaker's, from after the
second cue (Session 60: the paper was the speaker of a clause holding the mayor's cue).

Every sentence is made up, in the shape of Taiwan papers; each expected speaker and role is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_paper_relays_a_mayor() -> None:
    assert text_said_in("联合报报道，台北市长蒋万安今天表示，市府将加快都更进度。") == [
        ("市府将加快都更进度。", "蒋万安", "台北市长")
    ]


def test_agency_relays_a_spokesperson() -> None:
    assert text_said_in("中央社报道，行政院发言人李慧芝今天说，相关方案下周公布。") == [
        ("相关方案下周公布。", "李慧芝", "行政院发言人")
    ]


def test_paper_reporting_a_plan_itself_still_reports() -> None:
    assert text_said_in("路透社报道，该公司计划明年在越南建厂。") == [("该公司计划明年在越南建厂。", "路透社", None)]


def test_paper_reporting_a_body_acting_still_reports() -> None:
    # (公布 is the body's act, no report after a comma: the paper reports it)
    assert text_said_in("联合报报道，市府将在下周公布新的停车收费方案。") == [
        ("市府将在下周公布新的停车收费方案。", "联合报", None)
    ]
