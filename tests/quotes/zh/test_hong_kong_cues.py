"""Worrying, urging and scolding report a clause on Hong Kong pages as 指 does (議員斥食環署…, 專家擔心…, 促請港府…)
(made-up paragraphs in traditional characters; the expected clauses are read from them)."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_scolding_reports_the_clause_after_it() -> None:
    p = "議員陳大文斥食環署工作疏懶，街市衞生環境惡劣。"
    assert quotes_found(p, "zh") == [("indirect", "食環署工作疏懶，街市衞生環境惡劣。", "陳大文")]


def test_worrying_reports_the_clause_after_it() -> None:
    p = "立法會議員李大明擔心全港多個屋邨先後爆鼠患，可能衍生公共衞生危機。"
    assert quotes_found(p, "zh") == [("indirect", "全港多個屋邨先後爆鼠患，可能衍生公共衞生危機。", "李大明")]


def test_scolding_with_a_comma_reports() -> None:
    p = "區議員黃志強斥責，房署滅鼠做得不夠。"
    assert quotes_found(p, "zh") == [("indirect", "房署滅鼠做得不夠。", "黃志強")]


def test_cue_after_a_comma_opens_a_second_clause_of_the_same_speaker() -> None:
    p = "議員陳大文斥食環署工作疏懶，擔心街市成播毒溫床。"
    found = quotes_found(p, "zh")
    assert [text for _, text, _ in found] == ["食環署工作疏懶", "街市成播毒溫床。"]
    assert {speaker for _, _, speaker in found} == {"陳大文"}
