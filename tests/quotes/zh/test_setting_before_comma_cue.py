"""A setting before a comma and a cue ending the sentence (站在新修的村道上，村民钱多多感慨地说。) says where the speaker
stands, no report: no indirect quote is read there; a clause there still is one (made-up sentences)."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def _found(texts: list[str]) -> list[tuple[str, str, str | None]]:
    return quotes_in("zh", *texts)


def test_place_phrase_before_the_cue_is_no_report() -> None:
    texts = ["“我们村的变化太大了！”", "站在新修的村道上，村民钱多多感慨地说。"]
    assert _found(texts) == [("direct", "我们村的变化太大了！", "钱多多")]


def test_verb_with_zai_and_localiser_is_no_report() -> None:
    assert _found(["坐在自家院子里，村民钱多多笑着说。"]) == []


def test_clause_ending_in_a_localiser_is_still_a_report() -> None:
    assert _found(["问题出在管理上，村民钱多多说。"]) == [("indirect", "问题出在管理上", "钱多多")]
    assert _found(["今年的收成比去年好，村民李大爷笑着说。"]) == [("indirect", "今年的收成比去年好", "李大爷")]
