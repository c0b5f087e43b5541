"""An office written in capital initials before its complement after an inverted cue ("said MCE for Ejisu Kwame
Boateng", "said the DCE for Bosomtwe, Ama Serwaa") is read as a title is ("said MP for Ejisu …"): the name after the
complement speaks, the office with its complement is the role; no speaker "MCE". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_office_initials_and_complement_before_the_name() -> None:
    text = "“The market will be finished before the rains,” said MCE for Asokore Yaw Darko."
    assert said_in_en(text) == [("Yaw Darko", "MCE for Asokore")]


def test_office_initials_after_the_article_then_the_name_set_off() -> None:
    text = "“The market will be finished before the rains,” said the DCE for Bosomtwe, Ama Serwaa."
    assert said_in_en(text) == [("Ama Serwaa", "the DCE for Bosomtwe")]
