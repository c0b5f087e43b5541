"""Chinese quotes and speakers probed with made-up sentences in the styles of many presses (issue 11)."""

from __future__ import annotations

from .quote_helpers import said, texts_in


def test_short_quote_then_comma_and_speaker() -> None:
    # A short quote heading its sentence, its speaker after it: words said, not a term.
    assert said("“不行”，王明说。") == [("王明", None)]
    assert said("「經濟仍然穩定」，行政長官李家超表示。") == [("李家超", "行政長官")]
    assert said("“再等等”李华回答。") == [("李华", None)]
    # Words between the quote and the speaker: the quote is a term the sentence talks about.
    assert said("“欢迎”二字王明说过很多次。") == []
    assert said("“创新”是今年会议的主题，王明说。") == []


def test_short_quote_then_speaker_and_listener() -> None:
    assert texts_in("王明是市长。", "“我们会考虑”，他告诉记者。") == ["我们会考虑"]

