"""Chinese reported speech: a cue that makes a dictionary word with the character after it reports no clause
(说完 "finished speaking", 回忆起 "recalled"), while the direct quote before it
keeps its speaker. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, Quote, QuoteKind


def _quotes(text: str, kind: QuoteKind) -> list[Quote]:
    return [q for q in find_quotes([Block(text=text)], "zh") if q.kind == kind]


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def test_finished_speaking_reports_nothing_after_it() -> None:
    assert _quotes("王建国看着远处的山坡，说完，他转身走回了屋里。", QuoteKind.INDIRECT) == []


def test_recalling_an_evening_is_no_reported_clause() -> None:
    text = "“那天晚上的雨下得特别大，我们都不敢出门。”李秀兰回忆起那个夜晚。"
    assert _quotes(text, QuoteKind.INDIRECT) == []
    assert [_speaker(q) for q in _quotes(text, QuoteKind.DIRECT)] == ["李秀兰"]


def test_a_longer_cue_and_a_speech_verb_still_report() -> None:
    stressed = _quotes("张伟强调指出，明年的投资规模还将继续扩大。", QuoteKind.INDIRECT)
    assert [(q.text, _speaker(q)) for q in stressed] == [("明年的投资规模还将继续扩大。", "张伟")]
    said = _quotes("刘芳说道，这个项目下个月就能完工。", QuoteKind.INDIRECT)
    assert [(q.text, _speaker(q)) for q in said] == [("这个项目下个月就能完工。", "刘芳")]


def test_a_listener_before_a_colon_quote_reports_no_clause() -> None:
    # 告诉记者："…" with straight quote marks, as some mainland pages write them: one direct quote
    found = find_quotes([Block(text='王明告诉记者："今年的经济形势很好。"')], "zh")
    assert [(q.kind, q.text, _speaker(q)) for q in found] == [(QuoteKind.DIRECT, "今年的经济形势很好。", "王明")]
    told = _quotes("王明告诉记者，今年的经济形势比去年更好。", QuoteKind.INDIRECT)
    assert [(q.text, _speaker(q)) for q in told] == [("今年的经济形势比去年更好。", "王明")]
