"""A cue in a relative clause on the subject ("Officials who confirmed the deal said …") reports no bare clause made
of its object and the main clause's cue ("the deal said it would …"): the main cue reports the clause after it.
Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_who_confirmed_the_deal_said() -> None:
    text = "Officials who confirmed the deal said it would be signed in Mombasa next week."
    assert reported(text) == ["it would be signed in Mombasa next week"]


def test_who_announced_the_plan_said() -> None:
    text = "Engineers who announced the plan said the bridge would reopen by June."
    assert reported(text) == ["the bridge would reopen by June"]


def test_a_report_of_a_report_stays() -> None:
    text = "The spokesman confirmed the minister said the contract was cancelled."
    assert reported(text) == ["the minister said the contract was cancelled"]
