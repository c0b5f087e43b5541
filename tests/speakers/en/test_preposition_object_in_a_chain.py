"""A chain of commas before the cue, opened by a phrase whose object is a name ("Speaking to the Evening Clarion, the
headmistress, Mrs Ama Owusu, said"): the paper spoken to is no speaker, nor does the person's name end up in the
role. Session 60; made-up sentences in the shape of Ghanaian and Kenyan papers."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_paper_spoken_to_is_no_speaker() -> None:
    text = "Speaking to the Evening Clarion, the headmistress, Mrs Ama Owusu, said the school had no toilets."
    assert said(text, "en") == [("Ama Owusu", "the headmistress")]


def test_name_first_then_role_after_the_paper() -> None:
    text = "Speaking to the Evening Clarion, Ama Owusu, the headmistress, said the school had no toilets."
    assert said(text, "en") == [("Ama Owusu", "the headmistress")]


def test_a_one_word_paper_reads_the_same() -> None:
    text = "Speaking to The Beacon, the chairman, Mr John Kamau, said the co-operative was broke."
    assert said(text, "en") == [("John Kamau", "the chairman")]
