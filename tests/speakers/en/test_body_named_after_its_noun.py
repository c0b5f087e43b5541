"""After an inverted cue (English), "the", a noun for a body and the body's name: the name speaks, as in the
closing order ("…, the think tank Ember said."); "think" of "think tank" is no cue that ends the phrase.
Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    "text",
    [
        "“Coal plants are closing faster than anyone expected,” said the think tank Ember.",
        "“Coal plants are closing faster than anyone expected,” said the campaign group Ember.",
    ],
)
def test_the_body_named_after_its_noun_speaks(text: str) -> None:
    assert said(text, "en") == [("Ember", None)]


def test_a_think_tank_unnamed_keeps_its_whole_description() -> None:
    text = "“Coal plants are closing faster than anyone expected,” said the think tank."
    assert said(text, "en") == [(None, "the think tank")]
