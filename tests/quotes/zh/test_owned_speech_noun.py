"""A quote after an owned noun of speech (王明的回答是：“…”) is the owner's words, however short.

Every sentence is made up; quotes and speakers are read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct(text: str) -> list[tuple[str, str | None]]:
    found = find_quotes([Block(text=text)], "zh")
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind == QuoteKind.DIRECT]


def test_the_owners_answer_is_their_words() -> None:
    assert _direct("对此，张建国的回答是：“不知道”。") == [("不知道", "张建国")]


def test_the_owners_one_line_response() -> None:
    assert _direct("刘秀英的回应只有一句：“无可奉告”。") == [("无可奉告", "刘秀英")]


def test_the_owner_stands_in_the_clause_of_the_noun_which_is_the_cue() -> None:
    found = find_quotes([Block(text="李华问起原因，王建军的回答是：“我不想再提这件事。”")], "zh")
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in found] == [
        ("我不想再提这件事。", "王建军", "回答")
    ]


def test_by_the_owners_account() -> None:
    assert _direct("按张建国的说法，“这是一次难得的机会”。") == [("这是一次难得的机会", "张建国")]
