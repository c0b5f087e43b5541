"""A body pointed at, then what it did, before the cue (该院审理后认为，…, 该局调查后认为，…): the body speaks, the one
named before when there is one (made-up sentences; the expected clause and speaker are read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import reported_with_mention as _indirect


def test_what_the_body_did_is_no_part_of_it() -> None:
    assert _indirect("该院审理后认为，原告的诉讼请求缺乏事实依据。") == [("原告的诉讼请求缺乏事实依据。", "该院")]
    assert _indirect("该局调查后认为，事故系违规操作所致。") == [("事故系违规操作所致。", "该局")]


def test_the_body_named_before_speaks() -> None:
    text = "市应急管理局随即介入。该局调查后认为，事故系违规操作所致。"
    assert _indirect(text) == [("事故系违规操作所致。", "市应急管理局")]
