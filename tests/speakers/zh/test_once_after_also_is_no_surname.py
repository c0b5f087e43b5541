"""也曾, 亦曾, 还曾 ("also once") before another adverb (一起 "together"): 曾 is a surname too, and the word after it
was read as its given name, so the speaker came out as 曾一起 with the role 两人也. Two adverbs in a row open no name.
Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_two_people_also_once_together() -> None:
    assert said("两人也曾一起表示，今后将继续合作下去。") == [(None, "两人")]


def test_traditional_also_once_together() -> None:
    assert said("兩人亦曾一起表示，今後將繼續合作下去。") == [(None, "兩人")]


def test_title_also_once_together() -> None:
    assert said("县长也曾一起说，明年会修好这条路。") == [(None, "县长")]


def test_surname_and_given_name_after_a_title_still_read() -> None:
    assert said("市长罗满月表示，修路的事情正在推进。") == [("罗满月", "市长")]
