"""The article "the" + a capitalised qualifier + a noun of a person by sport or trade ("the Red Bull driver said", "the
Olympic champion said", "the Dutch cyclist said") describes someone unnamed here, not an organisation; a
company's noun ("the German carmaker said") still names the body. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_team_before_driver_is_a_description() -> None:
    text = "“The tyres went off after ten laps,” the Williams driver said."
    assert said(text, "en") == [(None, "the Williams driver")]


def test_event_before_champion_is_a_description() -> None:
    text = "“This title means everything to me,” the Australian Open champion said."
    assert said(text, "en") == [(None, "the Australian Open champion")]


def test_demonym_before_opener_is_a_description() -> None:
    text = "“The new ball did a lot,” the Sri Lankan opener told reporters."
    assert said(text, "en") == [(None, "the Sri Lankan opener")]


def test_ist_noun_is_a_person() -> None:
    text = "“The climb was brutal,” the Belgian cyclist said."
    assert said(text, "en") == [(None, "the Belgian cyclist")]


def test_company_noun_still_names_the_body() -> None:
    text = "“Orders fell in the quarter,” the Swedish carmaker said."
    assert said(text, "en") == [("the Swedish carmaker", None)]
