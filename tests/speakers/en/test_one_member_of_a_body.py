"""One source noun with an indefinite article before "of" and a body's name ("a senior official of the Ministry of
Water", "an officer of Lakeside Power") is one person of the body, unnamed: the description speaks, not the body.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_senior_official_of_a_ministry() -> None:
    assert said_in_en(
        '"The pipeline will be repaired by Friday," a senior official of the Ministry of Water and Sanitation said.'
    ) == [(None, "a senior official of the Ministry of Water and Sanitation")]


def test_an_officer_of_a_company_before_the_cue() -> None:
    assert said_in_en("An officer of Lakeside Power said the outage was caused by a fallen tree.") == [
        (None, "An officer of Lakeside Power")
    ]
