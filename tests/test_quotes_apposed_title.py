"""A description with a title before a name in apposition ("The governor, Kathy Hochul, said") lets a later
"the governor said" name her. Made-up sentences only."""

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


def test_a_title_without_the_or_an_owner_is_no_apposition() -> None:
    # a bare "governor," with neither "the" nor an owner before it is read as no title of hers
    assert speakers_in(
        "Supporters cheered as governor, Kathy Hochul, arrived.",
        '"We will rebuild," the governor said.',
        language="en",
    ) == [None]
