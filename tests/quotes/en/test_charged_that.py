""""charged that" reports the clause it introduces ("He also charged that the board ignored the report"); "charged"
without "that" is the legal sense and reports nothing ("was charged with fraud"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported, said


def test_charged_that_reports_its_clause() -> None:
    text = "Mara Voss charged that the board had ignored the audit for two years."
    assert reported(text) == ["the board had ignored the audit for two years"]
    assert said(text, "en") == [("Mara Voss", None)]
    assert reported("Mara Voss was charged with fraud on Monday after the audit.") == []
