"""A cue with its colon right after a name set off by commas ("…, Kevin Otieno, said: “…5,000 …”") is no role of
that name: before, what stood between the comma after the name and the next comma (inside the quote) was learnt as
the name's role ("said: “We expect 5"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_cue_and_its_colon_are_no_role() -> None:
    assert said("The Organiser of the race, Kevin Otieno, said: “We expect 5,000 runners this year.”", "en") == [
        ("Kevin Otieno", None)
    ]
    assert said("Kevin Otieno, added: “Some 1,200 of them are children.”", "en") == [("Kevin Otieno", None)]


def test_a_role_set_off_before_the_cue_stays() -> None:
    assert said("Kevin Otieno, a race official, said: “We expect 5,000 runners this year.”", "en") == [
        ("Kevin Otieno", "a race official")
    ]
