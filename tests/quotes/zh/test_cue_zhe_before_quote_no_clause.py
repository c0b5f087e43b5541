"""A cue with 着 right before a quote (喊着“老师好”跑进了教室) reports that quote and no clause after the cue: the
reported clause would open on the quote's mark and run on into what the speaker does (made-up sentences in the
shape of county school and village features)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(text: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=text)], "zh") if q.kind == QuoteKind.INDIRECT]


def test_no_clause_after_zhe_and_a_quote() -> None:
    assert _indirect("孩子们喊着“老师好”跑进了教室。") == []
    assert _indirect("村民們喊著「多謝政府」一路送到村口。") == []


def test_a_cue_with_a_clause_still_reports() -> None:
    assert _indirect("王明表示，学校将在下月开学。") == ["学校将在下月开学。"]
