""""Miss" before a name is a title, as "Ms" is (British, Nigerian, Indian and Singapore pages write it): no part of
the name, and the later "Miss Nwosu" is the woman named in full before. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_miss_is_no_part_of_the_name() -> None:
    assert speakers_in(
        'Miss Chiamaka Obiora said: "I never thought I would win."',
        '"It is a dream," Miss Obiora added.',
        language="en",
    ) == ["Chiamaka Obiora", "Chiamaka Obiora"]


def test_miss_before_a_surname_alone() -> None:
    assert speakers_in('"I never thought I would win," said Miss Obiora, 27.', language="en") == ["Obiora"]
