"""Someone who may speak after "there is" or "concerned", then a frame of when before the cue (有村民在接受采访时表示，…,
相关部门调查后表示，…): that someone speaks; the clause is no predicate without a subject (made-up sentences; the
expected clause and speaker are read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_with_mention as _indirect


def test_someone_after_there_is_speaks() -> None:
    assert _indirect("有村民在接受采访时表示，补偿款至今没有到位。") == [("补偿款至今没有到位。", "村民")]
    assert _indirect("有家长在接受采访时说，孩子每天作业要写到十一点。") == [("孩子每天作业要写到十一点。", "家长")]


def test_a_body_concerned_speaks() -> None:
    assert _indirect("相关部门调查后表示，事故原因仍在分析中。") == [("事故原因仍在分析中。", "相关部门")]


def test_a_clause_of_when_alone_has_no_subject() -> None:
    text = "王丽华站了起来。回到办公室后她表示，将尽快召开会议。"
    assert [m for _, m in _indirect(text)] == ["她"]
