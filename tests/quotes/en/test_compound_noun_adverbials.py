"""An adverbial between a cue and its bare clause whose noun is two or three words ("said at a press conference",
"said in a post on social media") or has a complement ("said in an interview with the local radio station",
"said during a visit to the flood zone") is stepped over as a one-word one is ("said in a statement the …")."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Mr Okoro said in a post on social media the game had been postponed.", "the game had been postponed"),
        ("The coach said at a press conference on Thursday the team was ready.", "the team was ready"),
        ("The company said in a filing with regulators its profits had fallen.", "its profits had fallen"),
        ("Ms Lane said in an interview with the local radio station the plan was dead.", "the plan was dead"),
        ("The minister said during a visit to the flood zone the army would help.", "the army would help"),
        ("The mayor said at the end of the meeting the deal was done.", "the deal was done"),
        ("The council said in a report to the planning committee the scheme was viable.", "the scheme was viable"),
    ],
)
def test_a_compound_adverbial_then_the_clause(text: str, clause: str) -> None:
    assert reported(text) == [clause]


def test_a_participle_after_the_adverbial_noun_is_no_part_of_it() -> None:
    assert reported("The firm said in a statement released on Monday the plant would close.") == []


def test_a_coordinator_after_the_adverbial_ends_it() -> None:
    assert reported("He said in an interview and the crowd cheered.") == []


def test_a_capital_after_a_run_of_nouns_goes_on_naming_the_thing() -> None:
    assert reported("The user also posted in various video game Reddit forums, including one on fishing.") == []
