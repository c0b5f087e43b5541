"""A person named before, whose name jieba reads as no name (翟俪/g), with an adverb and a modal verb before the cue
(翟俪也只能告诉她…): the subject is that person, not the phrase 翟俪也只能."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_known_name_then_an_adverb_and_a_modal() -> None:
    text = "翟俪说，很多科室都关门了。有孕妇想来孕检，翟俪也只能告诉她科室不保证有人。"
    assert quotes_found(text, "zh") == [
        ("indirect", "很多科室都关门了。", "翟俪"),
        ("indirect", "科室不保证有人。", "翟俪"),
    ]

