"""An infinitive reported by "was said to" inside a relative clause set off by commas ("The victim, who was said to
be a trader, died …") ends at the comma that closes the relative: the main clause after it is the writer's.
Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_relative_who_was_said_to_ends_at_its_comma() -> None:
    assert reported("The victim, who was said to be a trader, died on the way to hospital.") == ["to be a trader"]


def test_relative_which_is_said_to_ends_at_its_comma() -> None:
    text = "The mansion, which is said to have 40 rooms and a private lake, is on the market in Wicklow."
    assert reported(text) == ["to have 40 rooms and a private lake"]


def test_main_clause_passive_runs_to_the_sentence_end() -> None:
    text = "The firm is said to have paid the bribe through a middleman in Mombasa."
    assert reported(text) == ["to have paid the bribe through a middleman in Mombasa"]
