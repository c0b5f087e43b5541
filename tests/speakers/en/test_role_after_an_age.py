"""A role set off after an age ("Tom Hale, 71, a retired postman, …") is the person's role, and "the retired
postman" later stands for that person, as it does when no age is written. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en, speakers_in_en


def test_description_after_an_age_and_a_role() -> None:
    assert speakers_in_en(
        "Grandad Walter Finch, 71, a former bus driver, was asleep in his chair when the smoke alarm went off.",
        '"If it was not for the dog I would not be here," the former bus driver said.',
    ) == ["Walter Finch"]


def test_role_after_an_age_in_brackets() -> None:
    assert said_in_en(
        "Ruth Okafor (64), a retired postman, found the puppy on the towpath.",
        '"It was shivering under a bench," the postman said.',
    ) == [("Ruth Okafor", "a retired postman")]

