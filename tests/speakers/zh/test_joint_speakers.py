"""Several speakers who sign or speak as one (两名议员联署表示, 多名代表联名呼吁, 三名专家联合表示): the verb of doing it
jointly stands between the speakers and the cue and is no part of who speaks; a body whose name holds the word
(联合国) keeps it. Every sentence is made up; each expected speaker and role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_two_legislators_sign_jointly_in_traditional_characters() -> None:
    assert said("兩名立法會議員聯署表示，政府應盡快回應。") == [(None, "兩名立法會議員")]


def test_many_deputies_put_their_names_jointly() -> None:
    assert said("多名议员联名表示，政府应尽快回应。") == [(None, "多名议员")]


def test_two_academicians_call_jointly() -> None:
    assert said("两位院士联名呼吁，加强基础研究。") == [(None, "两位院士")]


def test_three_experts_speak_together() -> None:
    assert said("三名专家联合表示，该方案切实可行。") == [(None, "三名专家")]


def test_a_body_named_with_the_word_keeps_it() -> None:
    assert said("联合国表示，将继续提供援助。") == [("联合国", None)]
