"""The people close to someone speaking for them ("the family of Amina Yusuf said", "relatives of Ben Tate"): the
name after "of" is whose family, never the speaker, as the name after "a lawyer for" is not. Made-up sentences
only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_family_of_a_name_before_a_colon() -> None:
    assert said('In a statement, the family of Halima Danjuma said: "She was the light of our lives."', "en") == [
        (None, "the family of Halima Danjuma")
    ]


def test_the_family_of_a_name_after_the_quote() -> None:
    assert said('"She was the light of our lives," the family of Halima Danjuma said.', "en") == [
        (None, "the family of Halima Danjuma")
    ]


def test_relatives_of_a_name() -> None:
    assert said('Relatives of Ben Tarrant said: "He is innocent."', "en") == [(None, "Relatives of Ben Tarrant")]


def test_an_office_of_a_place_stays_a_description() -> None:
    assert said('The mayor of Lagos said: "We are ready."', "en") == [(None, "The mayor of Lagos")]
