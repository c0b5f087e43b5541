"""An interview printed as questions and answers ("Q: … A: …") with a closing cue after the answer ("A: I had no
choice, he said."): the report begins after the label "A:", which says who answers and is no part of what was
said. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_answer_label_after_a_question() -> None:
    assert reported("Q: Why did you go back to the farm? A: I had no choice, he said.") == ["I had no choice"]


def test_answer_label_after_a_sentence() -> None:
    assert reported("The farmer was asked why he sold the herd. A: We had no money left, the farmer said.") == [
        "We had no money left"
    ]


def test_a_capital_a_opening_no_label_is_kept() -> None:
    assert reported("A new road will be built by June, the mayor said.") == ["A new road will be built by June"]
