"""A Chinese dialogue of two: after one side's question and the other's answer, a question with no cue of its own
opening the next paragraph goes back to the side that asked (“要等多久？”: the asker's again), and a quote with no cue
after it answers it (the other side's), as after a question its cue says was asked."""

from __future__ import annotations

from tests.quote_helpers import said_in

_ASKER = (None, "记者")
_REPAIRER = ("刘师傅", None)


def test_question_after_an_answer_goes_back_to_the_asker() -> None:
    got = said_in("记者问：“这台机器还能修吗？”", "“能修，换个零件就行。”刘师傅说。", "“要等多久？”", "“半天吧。”")
    assert got == [_ASKER, _REPAIRER, _ASKER, _REPAIRER]


def test_question_back_after_an_answer_before_its_cue() -> None:
    got = said_in("“这台机器还能修吗？”记者问。", "刘师傅说：“能修，换个零件就行。”", "“要等多久？”", "“半天吧。”")
    assert got == [_ASKER, _REPAIRER, _ASKER, _REPAIRER]


def test_a_statement_after_an_answer_goes_on_with_the_answerer() -> None:
    got = said_in("记者问：“这台机器还能修吗？”", "“能修，换个零件就行。”刘师傅说。", "“零件我这里都有。”")
    assert got == [_ASKER, _REPAIRER, _REPAIRER]


def test_a_question_of_one_speaker_goes_on_with_that_speaker() -> None:
    # (no question before the last quote: no dialogue, the speaker asks their own question)
    assert said_in("刘师傅说：“这台机器用了十年了。”", "“谁舍得扔呢？”") == [_REPAIRER, _REPAIRER]
