"""A short Chinese quote right after a denied cue (王明并未表示“支持”, 他没有说“我不去”) is no words said: the cue
reports nothing, so the quote is a term or words the person did not say.

Every sentence is made up; quotes are read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct(text: str) -> list[str]:
    return [q.text for q in find_quotes([Block(text=text)], "zh") if q.kind is QuoteKind.DIRECT]


def test_denied_cue_reports_no_short_quote() -> None:
    assert _direct("王明并未表示“支持”。") == []
    assert _direct("他没有说“我不去”。") == []
    assert _direct("王明表示“支持”。") == ["支持"]  # (the same cue, not denied, reports it)


def test_refused_cue_reports_no_short_quote() -> None:
    assert _direct("王明拒绝回应“辞职”传闻。") == []

