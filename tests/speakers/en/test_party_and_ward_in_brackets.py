"""A British councillor's party and ward in brackets after the name ("Cllr Ann Lee (Lab, Riverside) said") is a
label, no part of the clause: the quote is the councillor's (English).

Found by probing made-up local government reports: "“…,” Councillor Ann Lee (Lab, Riverside) said." gave no
quote at all, where the US "(D-Texas)" was read past. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_party_and_a_ward_after_a_titled_name() -> None:
    assert said("“We need more homes,” Councillor Ann Lee (Lab, Riverside) said.", "en") == [("Ann Lee", "Councillor")]


def test_a_party_alone_after_a_name() -> None:
    assert said("“The bins are a mess,” Tom Hart (Con) told the meeting.", "en") == [("Tom Hart", None)]


def test_a_two_word_party_and_a_ward_before_a_colon_quote() -> None:
    assert said("Cllr Jo Bell (Lib Dem, Northfield) said: “This budget fails residents.”", "en") == [("Jo Bell", "Cllr")]
