"""A title given to a name (in apposition or by a copula) lets a later "the <title> said" name the person.

A description with a title before a name in apposition ("The governor, Kathy Hochul, said") lets a later
"the governor said" name her. Made-up sentences only.

A title given to a name by a copula ("Ana Silva is the town's mayor.") lets a later "the mayor said" name
her, as a title written before the name does. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_title_before_an_apposed_name_resolves_later_descriptions() -> None:
    assert speakers_in(
        "The governor, Kathy Hochul, visited the flooded town on Sunday.",
        '"We will not leave anyone behind," the governor said.',
        language="en",
    ) == ["Kathy Hochul"]


def test_an_owner_before_the_title_counts_too() -> None:
    assert speakers_in(
        "New York's governor, Kathy Hochul, visited the flooded town.",
        '"We will rebuild," the governor said.',
        language="en",
    ) == ["Kathy Hochul"]


def test_another_title_in_apposition_is_not_the_one_described() -> None:
    # the spokesman, Tom Reed, is not the mayor: "the mayor said" names nobody here
    assert speakers_in(
        "The mayor's spokesman, Tom Reed, read a statement on Monday.",
        '"We will rebuild," the mayor said.',
        language="en",
    ) == [None]


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
