"""A verb of judging (批评, 质疑, 形容, 称赞), a short object, then a short quote ending the clause (议员批评当局“后知后
觉”): the quote is what the subject says of the object, though the verb is no cue of its own; negated, nobody says it."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _direct(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "zh")
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes if q.kind.value == "direct"]


def test_criticising_the_authorities() -> None:
    assert _direct("区议员陈家明批评当局“后知后觉”，未有及早处理。") == [("后知后觉", "陈家明", "批评")]


def test_traditional_characters() -> None:
    assert _direct("區議員陳家明批評當局「後知後覺」，未有及早處理。") == [("後知後覺", "陳家明", "批評")]


def test_questioning_the_school() -> None:
    assert _direct("家长刘芳质疑校方“只收钱不办事”。") == [("只收钱不办事", "刘芳", "质疑")]


def test_negated_judging_reports_nothing() -> None:
    assert _direct("陈家明没有批评当局“后知后觉”。") == []
