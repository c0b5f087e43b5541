"""A title given to a name by a copula ("Ana Silva is the town's mayor.") lets a later "the mayor said" name
her, as a title written before the name does. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_is_the_title() -> None:
    assert speakers_in(
        "Ana Silva is the town's mayor.",
        '"The bridge will reopen in May," the mayor said.',
        language="en",
    ) == ["Ana Silva"]


def test_became_the_title_of_a_place() -> None:
    assert speakers_in(
        "Tom Hale became the first elected governor of the island in 2019.",
        '"The ferry will sail on Friday," the governor said.',
        language="en",
    ) == ["Tom Hale"]
