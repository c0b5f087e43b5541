"""A cue right after a first cue and its comma (作出回应，称…; 回应，表示…) opens the clause: the report starts after it,
not with the second cue's word; a frame of topic after the comma (回应，说到这个问题，…) leaves the first cue its
clause (made-up sentences, simplified and traditional; the expected clause is read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_response_then_said() -> None:
    p = "对此，市政府作出回应，称将尽快处理市民反映的问题。"
    assert reported_by(p) == [("市政府", p[p.index("将") :])]


def test_response_then_stated_traditional() -> None:
    p = "市政府對此作出回應，表示將盡快處理市民反映的問題。"
    assert reported_by(p) == [("市政府", p[p.index("將") :])]


def test_topic_frame_after_comma_leaves_first_cue_its_clause() -> None:
    p = "王明回应，说到这个问题，大家都应该明白，责任不在我们。"
    assert reported_by(p) == [("王明", p[p.index("说到") :])]


def test_view_after_comma_stays_in_the_report() -> None:
    # A verb of a view after the comma is the speaker's own words (…写道，相信…), not a second cue.
    p = "该机构在报告中写道，相信双方很快会达成新的协议。"
    assert reported_by(p) == [("该机构", p[p.index("相信") :])]
