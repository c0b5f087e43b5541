"""After an inverted cue, "the" with a name that qualifies the lower-case role noun after it ("said the Gunners
boss", "said the Manchester United midfielder") is an unnamed description, not the team or club as speaker.
Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_nickname_before_boss_is_a_description() -> None:
    text = "“We kept going to the end,” said the Hornets boss."
    assert said(text, "en") == [(None, "the Hornets boss")]


def test_two_word_club_before_a_player_noun() -> None:
    text = "“The ball was over the line,” said the Leeds United midfielder."
    assert said(text, "en") == [(None, "the Leeds United midfielder")]


def test_club_before_manager_then_a_time_phrase() -> None:
    text = "“We have played four games in ten days,” said the Rovers manager on Saturday."
    assert said(text, "en") == [(None, "the Rovers manager")]


def test_a_named_organisation_still_speaks() -> None:
    text = "“The roads will close at noon,” said the Transport Ministry."
    assert said(text, "en") == [("the Transport Ministry", None)]
