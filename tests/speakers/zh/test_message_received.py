"""A quote after a colon whose clause receives or comes upon a message it ends with (王女士收到一条短信：“…”,
张先生接到一条通知：“…”) is the message's words: nobody named in that sentence says them. One who writes (李女士在朋友圈
写道：) or speaks after receiving something (王明接到电话后表示：) is read as before.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said, said_in


def test_a_text_message_is_no_words_of_who_receives_it() -> None:
    assert said("王女士收到一条短信：“您的快递已到达驿站，请尽快取件。”") == [(None, None)]


def test_a_notice_received_after_a_sentence_of_the_writer() -> None:
    assert said("社区开展了反诈宣传。张先生接到一条通知：“明天上午九点到社区报到。”") == [(None, None)]


def test_a_message_after_a_quote_of_someone_else() -> None:
    paragraphs = ("刘老师说：“今天的作业很多。”", "王女士收到一条短信：“您的快递已到达驿站，请尽快取件。”")
    assert said_in(*paragraphs) == [("刘老师", None), (None, None)]


def test_who_writes_or_speaks_after_receiving_is_the_speaker() -> None:
    assert said("李女士在朋友圈写道：“感谢所有帮助过我的人。”") == [("李女士", None)]
    assert said("王明接到电话后表示：“我马上过去。”") == [("王明", None)]
