"""A bare quote (no cue of its own) opening a sentence after one of the writer's whose person is a 他/她 naming
nobody (…让她耳目一新。“…”): the words are that person's, the one the 他/她 stands for.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_she_saw_a_film_then_her_words() -> None:
    paragraphs = (
        "任小箴决定自己去找导演，她觉得人选应该来自农业频道。“总导演怎么说，我们只能反对。”任小箴说。",
        "她安慰自己，要实在找不着导演，找点选题也行。",
        "直到有一晚她看到了一部纪录片，连续看了几集，让她耳目一新。“我突然看到一个完全不同的片子。”她等着字幕出来。",
    )
    assert speakers_in(*paragraphs) == ["任小箴", "任小箴"]


def test_he_and_she_in_the_sentence_name_no_one() -> None:
    paragraphs = (
        "任小箴决定自己去找导演，她觉得人选应该来自农业频道。“总导演怎么说，我们只能反对。”任小箴说。",
        "她安慰自己，要实在找不着导演，找点选题也行。",
        "直到有一晚他给她打来电话，让她耳目一新。“我突然看到一个完全不同的片子。”她等着字幕出来。",
    )
    assert speakers_in(*paragraphs)[1] is None
