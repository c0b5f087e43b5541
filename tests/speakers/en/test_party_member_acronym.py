"""A party or place before a member's acronym after "the" ("the Labour MP said", "said the Green MEP") describes
someone unnamed here: no name "Labour MP". A peer of a party is a person too ("the Liberal peer"). Made-up
sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_party_mp_before_the_cue_is_a_description() -> None:
    text = "“The motion will fail,” the Plaid Cymru MP said."
    assert said(text, "en") == [(None, "the Plaid Cymru MP")]


def test_party_mep_after_an_inverted_cue_is_a_description() -> None:
    text = "“Brussels must listen,” said the Green MEP."
    assert said(text, "en") == [(None, "the Green MEP")]


def test_party_peer_is_a_person() -> None:
    text = "“The bill goes too far,” the Liberal peer told the chamber."
    assert said(text, "en") == [(None, "the Liberal peer")]


def test_member_acronym_before_a_name_is_still_a_role() -> None:
    text = "“We need more buses,” Labour MP Jane Hollis said."
    assert said(text, "en") == [("Jane Hollis", "Labour MP")]
