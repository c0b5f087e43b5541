"""A short aside in brackets between the speaker and the cue, after a quote or before it ("“…,” Ann Lee (pictured)
said", "Ann Lee (left) said: “…”"), does not hide the speaker: the quote is read, and the words before the bracket
speak. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize("aside", ["pictured", "left", "above, right"])
def test_named_speaker_before_a_bracket(aside: str) -> None:
    text = f"“The harbour has changed beyond recognition,” Margaret Hill ({aside}) said."
    assert said(text, "en") == [("Margaret Hill", None)]


def test_description_before_a_bracket() -> None:
    text = "“We will rebuild the pier by the summer,” the mayor (pictured) told reporters."
    assert said(text, "en") == [(None, "the mayor")]


@pytest.mark.parametrize("cue", ["said:", "told reporters:"])
def test_bracket_before_a_cue_leading_the_quote(cue: str) -> None:
    text = f"Margaret Hill (pictured) {cue} “The harbour has changed beyond recognition.”"
    assert said(text, "en") == [("Margaret Hill", None)]
