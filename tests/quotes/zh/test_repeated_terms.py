"""A short phrase the article puts in quote marks in more than one place is the writer's term for a thing (「封街」
said of a pedestrian zone closed, again and again), not words said: none of its places is a direct quote. A sentence
quoted twice, with its own stop, stays a quote each time. Made-up paragraphs; the expected quotes are read from them."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def _direct(*paragraphs: str) -> list[str]:
    return [text for kind, text, _ in quotes_in("zh", *paragraphs) if kind == "direct"]


def test_term_quoted_twice_is_no_quote() -> None:
    paragraphs = (
        "有街头艺人表示，对附近居民造成滋扰，认同政府「封街」决定。",
        "儘管「封街」对李小姐带来影响，她说：「我们只是当玩，不是靠唱歌挣钱。」",
    )
    assert _direct(*paragraphs) == ["我们只是当玩，不是靠唱歌挣钱。"]


def test_sentence_quoted_twice_stays_a_quote() -> None:
    paragraphs = ("王明问：“你七十岁了吗？”", "过了一会儿，李华也问：“你七十岁了吗？”")
    assert _direct(*paragraphs) == ["你七十岁了吗？", "你七十岁了吗？"]
