"""A person described (not named) as the subject of someone's reported words is not who a later 他/她 is."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import speakers


def test_a_worker_in_what_was_said_is_not_he() -> None:
    assert speakers("王明说，一名工人在事故中受了伤。他表示，事故原因正在调查。") == ["王明", "王明"]


def test_an_old_man_in_a_description_given_is_not_she() -> None:
    # 形容 reports a clause only with punctuation after it; the old man is in 李华's words
    assert speakers("李华形容，那位老人当时非常害怕。她说：“我从没见过那样的场面。”") == ["李华", "李华"]


def test_a_worker_the_article_describes_is_he() -> None:
    quotes = find_quotes([Block(text="一名工人在事故中受了伤。他表示，自己当时正在搬货。")], "zh")
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [(None, "一名工人")]
