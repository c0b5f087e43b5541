"""English reported speech: a count right after the verb ("said about 40 people …"), a shape seen in PolNeAR train, written as a
made-up sentence."""

from __future__ import annotations

from tests.quote_helpers import indirect_said


def test_about_before_a_count_opens_the_reported_clause() -> None:
    """ "said about 40 people were hurt": "about" approximates the count, the subject of what was said;
    "said about 9 p.m. on Friday, …" is a time, and no clause follows it."""
    assert indirect_said("Fire chief Nora Vance said about 40 people were hurt in the blaze.") == [
        ("about 40 people were hurt in the blaze", "Nora Vance")
    ]
    assert indirect_said("Mayor Ken Abe said about 9 p.m. on Friday, the lights went out across town.") == []
