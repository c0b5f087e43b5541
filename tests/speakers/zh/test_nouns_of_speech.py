"""A word of saying used as a noun, the object of a clause's verb (听到这个消息，, 面对记者的提问，), is no cue: the
clause after it is the article's own, its subject the one a cue with no subject goes on with. Every sentence is made
up; each expected speaker is read off the sentence."""

from __future__ import annotations

from cqnews.enrich.speakers.reported_zh import reported_clause
from tests.quote_helpers import speakers


def test_hearing_the_news_is_no_one_speaking() -> None:
    assert speakers("听到这个消息，王明笑了笑，说：“这个问题我不回答。”") == ["王明"]


def test_facing_a_reporters_question_is_no_one_speaking() -> None:
    assert speakers("面对记者的提问，王明沉默了很久，才说：“这个问题我不回答。”") == ["王明"]


def test_a_users_post_is_a_noun() -> None:
    assert speakers("看到网友的留言，李华摇了摇头，说：“这不是事实。”") == ["李华"]


def test_a_news_item_counted_is_a_noun_a_verb_of_saying_is_none() -> None:
    text = "看到一条消息，李华"
    assert not reported_clause(text, text.index("，") + 1, 0)
    for text in ("王明说，李华", "其称，李华", "他表示，李华"):  # (a pronoun before a cue leaves it a verb)
        assert reported_clause(text, text.index("，") + 1, 0)
