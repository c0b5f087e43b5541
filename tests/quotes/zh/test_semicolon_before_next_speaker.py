"""A report cut before the next speaker's cue ends at the mark nearest that speaker, a semicolon as well as a comma
(…「敲诈」；更有网友质疑…): the clause is not left with the head of the next one (…「敲诈」；更). Made-up sentences,
the expected clauses read from the sentence."""

from __future__ import annotations

from tests.quote_helpers import reported_zh


def test_semicolon_ends_clause_before_next_speaker() -> None:
    p = "许多网友支持店主说法，称这已非「服务」而是「敲诈」；更有网友质疑，当时店里的客人还这么多。"
    found = reported_zh(p)
    assert found[0] == "这已非「服务」而是「敲诈」"  # (not …「敲诈」；更)
    assert [q.rstrip("。") for q in found[1:]] == ["当时店里的客人还这么多"]


def test_semicolon_ends_clause_traditional() -> None:
    p = "許多網友支持店主說法，稱這已非「服務」而是「敲詐」；更有網友質疑，當時店裡的客人還這麼多。"
    found = reported_zh(p)
    assert found[0] == "這已非「服務」而是「敲詐」"
    assert [q.rstrip("。") for q in found[1:]] == ["當時店裡的客人還這麼多"]
