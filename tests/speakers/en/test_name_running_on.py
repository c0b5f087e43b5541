"""A speaker read as a description that is a person's name run on into a clause ("Nehlen at the time called the
plan “…”") is that person, when the article named them in full before and a verb or a preposition follows the
name; "Trump supporters" stays a description. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_name_run_on_by_a_preposition_is_the_person_named_before() -> None:
    assert said_in_en(
        "Paul Nehlen, a businessman, is running against the speaker. He has attacked the party for months.",
        "Nehlen at the time called the plan “a betrayal of every voter in the district.”",
    ) == [("Paul Nehlen", "a businessman")]


def test_a_name_qualifying_a_noun_stays_a_description() -> None:
    assert said_in_en(
        "Paul Nehlen, a businessman, is running against the speaker. He has attacked the party for months.",
        "Nehlen supporters said the race was rigged.",
    ) == [(None, "Nehlen supporters")]
