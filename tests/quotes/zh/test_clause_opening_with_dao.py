"""道 opening the reported clause after the cue's comma (说，道路…) is the clause's first character, not the end of a
cue jieba split (说|道): only 道 touching the cue is skipped (made-up sentences; the clause is read from them)."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_dao_after_the_comma_opens_the_clause() -> None:
    p = "镇政府一位工作人员在接受采访时说，道路维修工作预计月底前完成。"
    assert reported_by(p) == [(None, p[p.index("道路") :])]
    p = "村支书王明告诉记者，道路硬化以后，村里的农产品更好卖了。"
    assert reported_by(p) == [("王明", p[p.index("道路") :])]


def test_dao_after_the_comma_opens_the_clause_traditional() -> None:
    p = "區長陳國華表示，道路擴建工程將於明年動工。"
    assert reported_by(p) == [("陳國華", p[p.index("道路") :])]
