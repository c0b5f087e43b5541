"""Where the words come from (嘴里, 口中) between a speaker and the cue, or opening the clause of the cue, is a place,
never the speaker (王大爷嘴里念叨着：“…”; 老人坐在废墟旁，嘴里反复念叨着“…”) (made-up sentences; speakers read)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_mouth_after_the_name() -> None:
    assert said("王大爷嘴里念叨着：“都没了，都没了。”") == [("王大爷", None)]


def test_mouth_opening_the_clause_of_the_cue() -> None:
    assert said("王大爷坐在门口，口中喃喃道：“房子都没了。”") == [("王大爷", None)]


def test_mouth_opening_the_clause_after_a_description() -> None:
    assert said("老人坐在废墟旁，嘴里反复念叨着“都没了，都没了”。") == [(None, "老人")]
