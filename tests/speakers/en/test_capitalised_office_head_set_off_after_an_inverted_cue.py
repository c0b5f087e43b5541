"""An office of two capitalised words closing the description after an inverted cue, a full name set off after it
("said the Prime Minister, Ann Cole.", "insisted the Foreign Minister, Tom Hale."): the name speaks, the office is
its role, as after "said the President, Ann Cole.". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_the_prime_minister_set_off_before_the_full_name() -> None:
    text = "“There will be no snap election,” said the Prime Minister, Ruth Kinane."
    assert said_in_en(text) == [("Ruth Kinane", "the Prime Minister")]


def test_another_cue_and_another_qualified_office() -> None:
    text = "“The embassy will stay open,” insisted the Foreign Minister, Tomas Reilly."
    assert said_in_en(text) == [("Tomas Reilly", "the Foreign Minister")]


def test_a_body_set_off_after_a_capitalised_noun_is_no_person() -> None:
    text = "“Fares will rise in May,” said the Transport Authority, Metro Link."
    assert said_in_en(text)[0][0] != "Metro Link"
