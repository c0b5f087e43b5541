"""A bare quote paragraph credited by the short paragraph after it (“…” / 居民周阿姨笑着说。) is that person's, also when
the quote carried on the speaker of a quote before it (made-up paragraphs; speakers read from them)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(texts: list[str]) -> list[tuple[str, str | None]]:
    quotes = find_quotes([Block(text=t) for t in texts], "zh")
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


def test_credit_line_names_the_bare_quote_after_another_speaker() -> None:
    texts = ["“能为大家做点事，我很高兴。”志愿者小陈说。", "“希望这样的活动多办几次。”", "居民周阿姨笑着说。"]
    assert _speakers(texts) == [("能为大家做点事，我很高兴。", "小陈"), ("希望这样的活动多办几次。", "周阿姨")]


def test_bare_quote_without_credit_line_goes_on_with_the_speaker() -> None:
    texts = ["“能为大家做点事，我很高兴。”志愿者小陈说。", "“希望这样的活动多办几次。”", "活动持续了一整天。"]
    assert _speakers(texts) == [("能为大家做点事，我很高兴。", "小陈"), ("希望这样的活动多办几次。", "小陈")]


def test_quote_named_in_its_own_paragraph_keeps_its_speaker() -> None:
    texts = ["“能为大家做点事，我很高兴。”志愿者小陈说。", "居民周阿姨笑着说。"]
    assert _speakers(texts) == [("能为大家做点事，我很高兴。", "小陈")]
