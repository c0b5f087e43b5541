"""An office in capital initials after "the" and a lower-case modifier ("the police PRO", "the county MCA") is a
description of its holder, no name: a full name set off after it is the speaker, the phrase the role. Before, the
initials were read as the speaker's name ("PRO") and the holder's name as its role. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_police_pro_then_a_ranked_name() -> None:
    text = "The police PRO, DSP Kwabena Asante, said the suspects had been arrested at dawn."
    assert said_in_en(text) == [("Kwabena Asante", "The police PRO")]


def test_a_county_office_then_a_name() -> None:
    text = "The county MCA, Grace Wambui, said the bridge would be rebuilt before the rains."
    assert said_in_en(text) == [("Grace Wambui", "The county MCA")]


def test_the_office_alone_is_the_role() -> None:
    text = "The regional police PRO said the suspects had been arrested at dawn."
    assert said_in_en(text) == [(None, "The regional police PRO")]


def test_after_an_inverted_cue() -> None:
    text = "“They will be charged on Monday,” said the police PRO, DSP Kwabena Asante."
    assert said_in_en(text) == [("Kwabena Asante", "the police PRO")]
