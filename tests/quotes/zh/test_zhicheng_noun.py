"""之称 is a noun, "the name of" (有“价格屠夫”之称，…): no cue, so the clause after its comma is reported by nobody
(made-up sentences; the expected clause is read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_zh


def test_name_of_reports_nothing() -> None:
    assert reported_zh("这家小店因此有“面条之王”之称，每天中午门口都排起长队。") == []


def test_cheng_after_subject_still_reports() -> None:
    p = "店主称，每天中午门口都会排起很长的队伍。"
    assert reported_zh(p) == ["每天中午门口都会排起很长的队伍。"]
