"""Capitalised words before a place's head noun are a place, never a person (English).

"Franson Rebeiro, 18, from Lee County, Fla., disagrees. “…,” he says.": "Lee" is a given name, so "Lee
County" was read as a man named after the subject, and the pronoun went to him (PolNeAR train shape). A name
ending in county, township, parish, borough or prefecture is a place (lexicon.en.PLACE_HEAD_WORDS). Made-up
sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_county_after_a_given_name_is_no_speaker() -> None:
    assert speakers_in(
        "Many young voters agree with her.",
        "Franson Rebeiro, 18, from Lee County, Fla., disagrees. “I could say anything,” he says.",
        language="en",
    ) == ["Franson Rebeiro"]


def test_township_after_a_given_name_is_no_speaker() -> None:
    assert speakers_in(
        "Dorrin Kavely, 40, who farms near Warren Township, voted twice. “It was easy,” he said.",
        language="en",
    ) == ["Dorrin Kavely"]
