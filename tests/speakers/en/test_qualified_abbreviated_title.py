"""An abbreviated title with a capitalised qualifier before a name ("Former Rep. Chris Shays", "Retired Gen. Ann
Lee") is no name of its own ("Former Rep"), and the name after it is its sentence's subject, so a later "he"
stands for that person, not for a man quoted before. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_he_after_a_former_representative() -> None:
    assert speakers_in_en(
        "“We will win this state,” Donald Trump said on Monday.",
        "Former Rep. Chris Shays was pro Kasich while the governor was in the race. “She is my next choice,” he said.",
    ) == ["Donald Trump", "Chris Shays"]


def test_a_preposition_ending_in_or_is_no_role_noun() -> None:
    # "was for Kasich": "for" ends like "senator" but qualifies no one, so Chris Shays stays the subject
    assert speakers_in_en(
        "“We will win this state,” Donald Trump said on Monday.",
        "Former Rep. Chris Shays was for Kasich while the governor was in the race. “She is my next choice,” he said.",
    ) == ["Donald Trump", "Chris Shays"]
