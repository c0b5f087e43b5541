"""A party label written before a name like a title ("House Republican Thomas Massie", "ranking
Democrat Elijah Cummings (D-Md.)") belongs to the role; the name is the person's own. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_chamber_and_party_before_the_name() -> None:
    assert said("“We will win,” said House Republican Thomas Massie.", "en") == [("Thomas Massie", "House Republican")]


def test_a_party_label_and_a_party_tag_after_an_inverted_cue() -> None:
    assert said("“We will win this fight,” said ranking Democrat Elijah Cummings (D-Md.).", "en") == [
        ("Elijah Cummings", "ranking Democrat")
    ]


def test_a_committee_role_and_a_party_tag() -> None:
    assert said("“We will win this fight,” said Oversight Committee chairman Tom Reed (R-Ohio).", "en") == [
        ("Tom Reed", "Oversight Committee chairman")
    ]
