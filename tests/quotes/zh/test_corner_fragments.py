"""A one-word fragment in corner marks inside a report is the speaker's word; in “” it stays a term (made-up
sentences, the expected quote read from the sentence)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct(text: str) -> list[tuple[str, str | None]]:
    quotes = [q for q in find_quotes([Block(text=text)], "zh") if q.kind == QuoteKind.DIRECT]
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in quotes]


def test_one_word_in_corner_marks_is_a_word_said() -> None:
    assert _direct("陳大文昨日表示，政府的做法「荒謬」。") == [("荒謬", "陳大文")]


def test_one_word_in_curly_marks_is_a_term() -> None:
    assert _direct("陈大文昨日表示，政府的做法“荒谬”。") == []


def test_a_word_after_a_demonstrative_and_its_measure_is_a_term_in_either_mark() -> None:
    # (这些「…」, 那份「…」: a noun named, whatever marks set it off)
    assert _direct("陳大文表示，他看不懂這些「指標」到底有什麼用。") == []
    assert _direct("陳大文表示，那份「通知」已經撕掉了。") == []


def test_a_word_defined_after_its_marks_is_a_term() -> None:
    assert _direct("陳大文說，文章作者並沒有說明 「社會」 是指什麼。") == []


def test_a_number_in_corner_marks_is_a_holiday_named() -> None:
    assert _direct("家屬說，她只有「五一」、「十一」才會回家。") == []
