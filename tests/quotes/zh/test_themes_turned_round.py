"""The theme work turns round (围绕“稳增长、促改革”开展工作, 聚焦“一老一小”) is a slogan or a theme named, not words
said, though a cue stands before it in the sentence. Made-up sentences; the expected quotes are read from them."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def _direct(text: str) -> list[str]:
    return [said for said, _ in direct_said(text, language="zh")]


def test_theme_turned_round_is_no_quote() -> None:
    assert _direct("该负责人表示，下一步将围绕“稳增长、促改革、调结构、惠民生”开展工作。") == []
    assert _direct("他介绍，今年各村将聚焦“扶老、助小、帮残”做好服务。") == []
