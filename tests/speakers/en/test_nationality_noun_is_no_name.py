"""A noun for a person of a place after "the" ("the Spaniard", "the Frenchman", "the Northern Irishman") is no
name but someone already named: read as a pronoun, resolved to that person, else the noun is the role (English).

Found by probing made-up sports reports: "“…,” the Spaniard said" gave the speaker name "the Spaniard", and
"the Northern Irishman said" the name "Northern Irishman". Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in


def test_an_irregular_nationality_noun_alone_is_the_role() -> None:
    assert said("“I felt strong today,” the Spaniard told reporters.", "en") == [(None, "the Spaniard")]


def test_a_nationality_adjective_as_a_noun_alone_is_the_role() -> None:
    assert said("“I want to win titles,” said the Brazilian, who signed a five-year deal.", "en") == [
        (None, "the Brazilian")
    ]


def test_a_nationality_noun_points_back_to_the_last_speaker() -> None:
    assert speakers_in(
        "“We played well,” said Tom Archer after the match.",
        "“I'm proud of the lads,” the Englishman added.",
        language="en",
    ) == ["Tom Archer", "Tom Archer"]


def test_a_nationality_noun_with_a_capitalised_qualifier_points_back() -> None:
    assert speakers_in(
        "Sean Byrne shot a 66 on Friday.",
        "“I putted beautifully,” the Northern Irishman said.",
        language="en",
    ) == ["Sean Byrne"]
