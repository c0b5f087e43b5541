"""A short Chinese quote after a cue of telling or asking and its listener (告诉记者，“…”) is the teller's words.

Every sentence is made up; quotes and speakers are read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in find_quotes([Block(text=text)], "zh")]


def test_a_short_answer_told_to_a_reporter() -> None:
    assert _said("张建国告诉记者，“不行”。") == [("不行", "张建国", "告诉")]
    assert _said("刘秀英告诉本报记者：“没事”。") == [("没事", "刘秀英", "告诉")]


def test_a_short_question_put_to_someone() -> None:
    assert _said("王明问李华：“为什么”。") == [("为什么", "王明", "问")]
