"""A couple named as a given name alone, "and" and a full name ("Mary and John Boateng") opening the clause speak
together, as two full names joined by "and" do ("Tom Hale and Ann Roe said"); before, only the full name after
"and" was the speaker. A body before "and" is no part of the pair. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_a_couple_with_an_aside() -> None:
    text = "Mary and John Boateng, whose house was flooded, said they would rebuild it by Christmas."
    assert speakers_in_en(text) == ["Mary and John Boateng"]


def test_a_couple_after_an_adverbial() -> None:
    text = "In Kumasi, Susan and Peter Oduya said they would rebuild the shop."
    assert speakers_in_en(text) == ["Susan and Peter Oduya"]


def test_a_body_before_and_stays_out() -> None:
    text = "Police and John Boateng said the road would stay closed."
    assert speakers_in_en(text) == ["John Boateng"]
