"""A description before a coordinated cue ends at the first verb of the clause (English).

"The mayor met survivors on Thursday and said …": "met" is the clause's verb (an irregular past form, no
-ed), so the description is "The mayor", not "The mayor met survivors". Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_met_ends_the_description() -> None:
    assert said("The mayor met survivors on Thursday and said the town would rebuild the school.", "en") == [
        (None, "The mayor")
    ]


def test_saw_ends_the_description() -> None:
    assert said("The coach saw the match from the stands and said the team had played well.", "en") == [
        (None, "The coach")
    ]


def test_brought_ends_the_description() -> None:
    assert said("The minister brought the plan to the cabinet and said it would pass in May.", "en") == [
        (None, "The minister")
    ]


def test_a_capitalised_met_stays_in_the_name() -> None:
    assert said("The Met Office said the storm would pass by Friday.", "en") == [("The Met Office", None)]
