"""A quoted clause of spoken Chinese that a comma joins to the sentence and that ends it (…，“…的”。), a modal
particle closing it, is words said and continues the speaker named before it."""

from __future__ import annotations

from tests.quote_helpers import speakers_in, texts_in

_SAID = "“今年的生意还不错。”王建国说。"


def test_spoken_clause_with_particle_continues_the_speaker() -> None:
    paragraphs = (_SAID, "过了正月初八就回城里埋头苦干，“日子总会好起来的”。")
    assert texts_in(*paragraphs) == ["今年的生意还不错。", "日子总会好起来的"]
    assert speakers_in(*paragraphs) == ["王建国", "王建国"]

