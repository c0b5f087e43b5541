"""A bare quote (no cue of its own) opening a sentence after one of the writer's whose person is a 他/她 naming
nobody (…让她眼前一亮。“…”): the words are that person's, the one the 他/她 stands for.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_she_saw_a_film_then_her_words() -> None:
    paragraphs = (
        "林晓梅决定自己去找编辑，她觉得作者应该来自本地。“主编怎么说，我们只能等着。”林晓梅说。",
        "她安慰自己，要实在找不着作者，先找点题目也行。",
        "直到有一晚她读到了一篇小说，连续读了几章，让她眼前一亮。“我突然读到一个完全不同的故事。”她等着作者回信。",
    )
    assert speakers_in(*paragraphs) == ["林晓梅", "林晓梅"]


def test_he_and_she_in_the_sentence_name_no_one() -> None:
    paragraphs = (
        "林晓梅决定自己去找编辑，她觉得作者应该来自本地。“主编怎么说，我们只能等着。”林晓梅说。",
        "她安慰自己，要实在找不着作者，先找点题目也行。",
        "直到有一晚他给她打来电话，让她眼前一亮。“我突然读到一个完全不同的故事。”她等着作者回信。",
    )
    assert speakers_in(*paragraphs)[1] is None
