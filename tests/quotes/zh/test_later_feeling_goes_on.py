"""A later cue of feeling or of a proposal put forward in a reported clause (…，多名员工提出加薪; …，很多家长觉得
不公平) reports no words of a new speaker: the first speaker's clause goes on past it to the sentence's end
(made-up sentences, simplified and traditional; the expected clause is read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_zh


def test_proposal_goes_on() -> None:
    p = "李华表示，会议开始以后，多名员工提出加薪。"
    assert reported_zh(p) == [p[p.index("会议") :]]


def test_feeling_goes_on_traditional() -> None:
    p = "校長表示，新規定公布以後，很多家長覺得不公平。"
    assert reported_zh(p) == [p[p.index("新規定") :]]
