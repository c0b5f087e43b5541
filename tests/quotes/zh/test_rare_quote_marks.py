"""Chinese quotes in the rarer marks some pages write: the double prime marks 〝…〞 and the full-width straight
mark ＂…＂ quote as “…” does (the text of the quote as the page writes it).

Every sentence is made up; quotes and speakers are read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _found(text: str) -> list[tuple[QuoteKind, str, str | None]]:
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in find_quotes([Block(text=text)], "zh")]


def test_double_prime_marks_quote() -> None:
    assert _found("王明说：〝我们一定会赢。〞") == [(QuoteKind.DIRECT, "我们一定会赢。", "王明")]
    assert _found("〝我們一定會贏。〞陳大文說。") == [(QuoteKind.DIRECT, "我們一定會贏。", "陳大文")]


def test_full_width_straight_marks_quote() -> None:
    assert _found("王明说：＂我们一定会赢。＂") == [(QuoteKind.DIRECT, "我们一定会赢。", "王明")]
