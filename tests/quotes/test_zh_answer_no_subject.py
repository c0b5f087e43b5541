"""An answer with no subject written after a question (记者：“…？” then 答：“…”, 记者问：“…？” then 回答：“…”) is
spoken by the one asked, never by the asker the zero subject would otherwise go on with: the one asked when the
question names them, else nobody.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

import cqnews


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in cqnews.parse_text(text).quotes]


def test_answer_line_after_the_reporters_question() -> None:
    text = "记者：“今年的重点是什么？”\n\n答：“我们要把路修好。”"
    assert _speakers(text) == [(None, "记者"), (None, None)]


def test_answer_in_the_same_paragraph() -> None:
    assert _speakers("记者：“今年的重点是什么？”答：“我们要把路修好。”") == [(None, "记者"), (None, None)]


def test_answer_cue_with_two_characters() -> None:
    text = "记者问：“你怕吗？”\n\n回答道：“不怕。”"
    assert _speakers(text) == [(None, "记者"), (None, None)]


def test_several_questions_and_answers() -> None:
    text = "记者：“今年的重点是什么？”\n\n答：“我们要把路修好。”\n\n记者：“资金从哪里来？”\n\n答：“省里有补助。”"
    assert _speakers(text) == [(None, "记者"), (None, None), (None, "记者"), (None, None)]


def test_no_question_before_keeps_the_speaker() -> None:
    assert _speakers("王明说：“我们要把路修好。”\n\n答：“好的。”") == [("王明", None), ("王明", None)]
