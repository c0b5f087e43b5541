"""An institution named after a saint, the saint's name in the possessive ("St Anne's Hospice", "St. Jude's
Children's Research Hospital"), is one body: the possessive is inside its name, no owner's, so a spokesperson
for it is described with the whole name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_spokeswoman_for_a_hospice() -> None:
    assert said_in_en('A spokeswoman for St Brigid\'s Hospice said: "Every penny goes to nursing care."') == [
        (None, "A spokeswoman for St Brigid's Hospice")
    ]


def test_two_possessives_in_the_name() -> None:
    assert said_in_en('A spokesman for St. Oswald\'s Children\'s Hospital said: "The ward will reopen."') == [
        (None, "A spokesman for St. Oswald's Children's Hospital")
    ]


def test_an_owner_before_a_person_is_still_cut() -> None:
    assert said_in_en('The union\'s Dara Quinlan said: "We will ballot our members."') == [("Dara Quinlan", None)]
