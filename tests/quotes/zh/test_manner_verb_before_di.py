"""A verb of saying or feeling before 地 and a cue (感慨地说, 感叹地表示: "said with feeling") is how the words are
said, no cue of its own: the cue is the verb after 地, and the reported clause starts after that cue's comma, not at
地 (made-up sentences, simplified and traditional; the expected clause is read from the sentence)."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, said


def test_sighed_with_feeling_and_said() -> None:
    text = "村民张大爷感慨地说，日子越过越好了。"
    assert quotes_found(text, "zh") == [("indirect", "日子越过越好了。", "张大爷")]
    assert said(text) == [("张大爷", "村民")]


def test_exclaimed_and_stated_after_a_pronoun() -> None:
    text = "他感叹地表示，家乡这些年的变化太大了。"
    assert [(kind, clause) for kind, clause, _ in quotes_found(text, "zh")] == [
        ("indirect", "家乡这些年的变化太大了。")
    ]


def test_the_same_in_traditional_characters() -> None:
    text = "張伯感慨地說，日子越過越好了。"
    assert quotes_found(text, "zh") == [("indirect", "日子越過越好了。", "張伯")]


def test_a_quote_before_the_manner_and_the_cue() -> None:
    text = "“日子越过越好了。”村民张大爷感慨地说。"
    assert quotes_found(text, "zh") == [("direct", "日子越过越好了。", "张大爷")]
