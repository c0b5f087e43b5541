"""A reported phrase that only announces the quote after its colon (在她看来，沟通还不够：“…”) is no report of its
own; a clause of several parts before the colon tells what happened and stays one (made-up paragraphs; the expected
quotes are read from them)."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_phrase_announcing_a_quote_is_no_report() -> None:
    p = "在李华看来，志愿者之间的沟通还是不够的：“我们在后方整理的信息，前线的人常常看不到。”"
    assert quotes_found(p, "zh") == [("direct", "我们在后方整理的信息，前线的人常常看不到。", "李华")]


def test_traditional_phrase_announcing_a_quote_is_no_report() -> None:
    p = "陳大文表示，政府的做法並不合理：「市民等了三年，至今仍然沒有答案。」"
    assert [kind for kind, _, _ in quotes_found(p, "zh")] == ["direct"]


def test_clause_of_several_parts_before_a_quote_stays_a_report() -> None:
    p = "王芳说，见面那天，张明塞给她一张单子：“他跟我说，这件事谁也别告诉。”"
    found = quotes_found(p, "zh")
    assert ("indirect", "见面那天，张明塞给她一张单子", "王芳") in found
    assert ("direct", "他跟我说，这件事谁也别告诉。", "王芳") in found
