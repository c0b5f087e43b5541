"""A noun phrase of the writer's summing up the report after a comma or a dash ("…, a move the union called
shameful", "— a verdict the family has rejected") is outside the report; a clause after the dash stays in it."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "The brewery said it would shut its Leeds plant, a move the union called reckless.",
            "it would shut its Leeds plant",
        ),
        (
            "The defence argued the search had been unlawful, a claim the magistrate rejected.",
            "the search had been unlawful",
        ),
        (
            "The inquest heard evidence before the coroner said the fall was accidental — a verdict the family has appealed.",
            "the fall was accidental",
        ),
        (
            "Officials said 40 villagers had died, a figure disputed by aid groups.",
            "40 villagers had died",
        ),
    ],
)
def test_a_summing_noun_phrase_is_outside_the_report(text: str, clause: str) -> None:
    assert reported(text) == [clause]


def test_a_clause_after_the_dash_stays_in_the_report() -> None:
    assert reported("The minister said the plan was simple - a new road would be built by 2027.") == [
        "the plan was simple - a new road would be built by 2027"
    ]
