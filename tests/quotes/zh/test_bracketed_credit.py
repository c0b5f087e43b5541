"""A label in brackets ending the paragraph right after a quote that opens it credits the words (“…”（合作社理事长 王丽）,
“…”（王明语）: 语 marks them as his words), as a dash and a label do (“…”——参赛选手 张一鸣); before, the speaker was not
read, and a short quote was dropped as a term."""

from __future__ import annotations

from tests.quote_helpers import said, texts_in


def test_label_in_brackets_after_a_quote_is_its_speaker() -> None:
    assert said("“我们一定会坚持下去，把合作社办好。”（合作社理事长 王丽）") == [("王丽", "合作社理事长")]
    assert said("“路修好了，大家出门方便多了。”（村支书赵刚语）") == [("赵刚", "村支书")]


def test_short_quote_credited_in_brackets_is_a_quote() -> None:
    assert said("“心里踏实了”（李大山语）。") == [("李大山", None)]


def test_brackets_of_other_words_credit_nobody() -> None:
    assert texts_in("“双减”（见下图）") == []
    assert texts_in("“双减”（2021年）") == []
