"""A quoted motto named as one by the words right after it (“…”的理念, “…”的标语, 打着“…”的旗号) is a term the
sentence talks about, not words said there (gold README: slogans); a quote said with a speaker stays a quote."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_a_motto_named_as_a_concept_is_no_direct_quote() -> None:
    found = quotes_in("zh", "村民们纷纷表示，“绿水青山就是金山银山”的理念已经深入人心。")
    assert not [q for q in found if q[0] == "direct"]


def test_a_motto_inside_a_reported_clause_is_no_second_quote() -> None:
    found = quotes_in("zh", "李明表示，要践行“绿水青山就是金山银山”的理念。")
    assert [q[0] for q in found] == ["indirect"]


def test_a_banner_or_a_pretext_named_is_no_quote() -> None:
    assert quotes_in("zh", "村口挂着“人民城市人民建，人民城市为人民”的标语。") == []
    assert quotes_in("zh", "一些人打着“为群众办实事”的旗号骗取钱财。") == []


def test_words_said_before_a_speaker_stay_a_quote() -> None:
    assert quotes_in("zh", "“理念要落到实处。”李明说。") == [("direct", "理念要落到实处。", "李明")]
