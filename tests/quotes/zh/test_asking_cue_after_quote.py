"""A cue of asking or shouting (问道, 喊道, 答道) that closes the one clause right after a quote reports that quote,
as the same cue does before it (他问：“…”); the same verb with a clause after it reports nothing.
Made-up sentences; expected values read from them."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_found, quotes_in, said


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("“请大家排好队，依次进场。”志愿者小刘喊道。", "请大家排好队，依次进场。", ("小刘", "志愿者")),
        ("“快关火！”厨师老李大喊道。", "快关火！", ("老李", "厨师")),
        ("“这条路什么时候能修好？”村民赵青山问道。", "这条路什么时候能修好？", ("赵青山", "村民")),
        ("“您在这里住了多久？”记者问道。", "您在这里住了多久？", (None, "记者")),
    ],
)
def test_cue_after_the_quote_reports_it(text: str, words: str, speaker: tuple[str | None, str | None]) -> None:
    assert [(kind, found) for kind, found, _ in quotes_found(text, "zh")] == [("direct", words)]
    assert said(text) == [speaker]


def test_question_and_answer_each_have_their_speaker() -> None:
    found = quotes_in("zh", "“今年收成怎么样？”记者问道。", "“比去年好多了。”种粮大户孔建华答道。")
    assert found == [("direct", "今年收成怎么样？", None), ("direct", "比去年好多了。", "孔建华")]


@pytest.mark.parametrize("text", ["他曾在终南山问道多年，后来回到家乡。", "大家喊道路两旁的树太密了。"])
def test_the_verb_without_a_quote_reports_nothing(text: str) -> None:
    assert quotes_found(text, "zh") == []
