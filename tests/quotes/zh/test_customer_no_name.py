"""顾客 (a customer), which jieba tags a name, is a kind of person, never a name: 常有顾客问她 gives no named speaker
(made-up shop sentences; expected values read from them)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speaker(text: str) -> tuple[str | None, str | None]:
    quotes = find_quotes([Block(text=text)], "zh")
    assert len(quotes) == 1 and quotes[0].speaker is not None
    return quotes[0].speaker.name, quotes[0].speaker.role


def test_customers_asking_are_unnamed() -> None:
    assert _speaker("在菜市场的摊位前，常有顾客问她：“这些青菜是不是自家地里种的？”") == (None, "常有顾客")


def test_a_customer_named_keeps_the_name() -> None:
    assert _speaker("顾客刘文静说：“这家的豆腐每天早上现做，我买了十几年了。”") == ("刘文静", "顾客")
