"""A quote right after a tag opening its paragraph (【心声】“…”, 【村民说】“…”) is credited by a dash and a label ending
the paragraph (——村民 王明) as a quote opening the paragraph is: the tag says what the line is, not who speaks, and a
cue inside it (说) names nobody. Made-up paragraphs; the expected speakers are read from them."""

from __future__ import annotations

from tests.quote_helpers import said


def test_tag_then_quote_then_dash_credit() -> None:
    assert said("【心声】“路修好了，我们心里也亮堂了。”——村民 王明") == [("王明", "村民")]


def test_tag_with_a_cue_then_dash_credit() -> None:
    assert said("【村民说】“路修好了，我们心里也亮堂了。”——村民 王明") == [("王明", "村民")]


def test_dash_credit_without_a_tag_still_names() -> None:
    assert said("“路修好了，我们心里也亮堂了。”——村民 王明") == [("王明", "村民")]
