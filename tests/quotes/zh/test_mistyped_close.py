"""A Chinese quote whose closing mark is typed as an opening one (王明说“我们走吧“，…): a “ right before a full-width
comma or stop opens nothing, so it closes the quote, which ends there instead of running on over the writer's words.

Every sentence is made up; quotes and speakers are read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.quotes.spans import find_spans
from cqnews.models import Block, QuoteKind


def _found(text: str) -> list[tuple[QuoteKind, str, str | None]]:
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in find_quotes([Block(text=text)], "zh")]


def test_opening_mark_before_comma_closes_the_quote() -> None:
    assert _found("王明说“我们走吧“，然后转身离开了。") == [(QuoteKind.DIRECT, "我们走吧", "王明")]


def test_opening_mark_before_stop_closes_the_quote() -> None:
    text = "李华在会上说“这件事我们明天再谈“。大家随后散会。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["这件事我们明天再谈"]

