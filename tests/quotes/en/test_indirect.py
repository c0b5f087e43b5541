"""English reported speech without a classic "said that": particles, embedded questions, listeners."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind
from tests.quote_helpers import indirect_said


def test_told_with_an_object_and_no_clause_is_no_report() -> None:
    assert indirect_said("Jones told Radio Four host Ann Lee earlier this month.") == []


def test_told_a_listener_then_a_clause() -> None:
    assert indirect_said("Jones told reporters the plan would fail.") == [("the plan would fail", "Jones")]


def test_called_for_reports_what_is_called_for() -> None:
    assert indirect_said("Mary Lee called for an independent inquiry into the deal.") == [
        ("an independent inquiry into the deal", "Mary Lee")
    ]


def test_called_on_reports_the_appeal() -> None:
    found = indirect_said("Mary Lee called on the council to close the old bridge.")
    assert found == [("the council to close the old bridge", "Mary Lee")]


def test_asked_whether_reports_the_question() -> None:
    found = indirect_said("Tom Hale asked the minister whether the budget would pass.")
    assert found == [("whether the budget would pass", "Tom Hale")]


def test_a_time_word_after_the_cue_does_not_hide_the_clause() -> None:
    found = indirect_said("Tom Hale says tonight he is a step closer to the title.")
    assert found == [("he is a step closer to the title", "Tom Hale")]


def test_hopes_that_is_a_stance_report() -> None:
    assert indirect_said("Ann Ray hopes that the truce will hold.") == [("the truce will hold", "Ann Ray")]


def test_a_stance_verb_is_not_the_cue_of_a_direct_quote() -> None:
    text = "“I will not go back,” she wrote. Kim Doe later hoped to meet Lee, who knew the town."
    quotes = find_quotes([Block(text=text)], "en")
    direct = [q for q in quotes if q.kind is QuoteKind.DIRECT]
    assert direct and direct[0].cue == "wrote"


def test_a_parenthetical_cue_reports_the_sentence_around_it() -> None:
    """The clause after the cue; a fronted adverbial before it is left out, as our gold and PolNeAR's mark it
    (session 43; see test_adverbial_before_parenthetical_cue.py)."""
    found = indirect_said("In a merger, Carla Fein said, the brand would survive.")
    assert found == [("the brand would survive", "Carla Fein")]


def test_a_parenthetical_cue_before_a_demonstrative_subject() -> None:
    """ "In time, Carla Fein says, this change could …": "this" and a noun open the clause after the cue (the phrase
    before it alone, "In time", holds no report, and is left out of it); "this week" after the cue is still a
    time, not a clause."""
    found = indirect_said("In the long run, Carla Fein says, this change could lift wages across the region.")
    assert found == [("this change could lift wages across the region", "Carla Fein")]
    assert indirect_said("The ferry will close, Carla Fein said, this week.") == [("The ferry will close", "Carla Fein")]


def test_a_parenthetical_cue_between_subject_and_verb() -> None:
    found = indirect_said("Voters, Carla Fein notes, applaud the new mayor.")
    assert found == [("Voters, Carla Fein notes, applaud the new mayor", "Carla Fein")]


def test_a_parenthetical_cue_after_a_whole_clause_reports_that_clause() -> None:
    found = indirect_said("The jobs report was good news, Carla Fein said, as hiring rose.")
    assert found == [("The jobs report was good news", "Carla Fein")]


def test_a_preposed_as_clause_reports_what_follows() -> None:
    found = indirect_said("Still, as Ben Cole noted, people involved could face sanctions.")
    assert found == [("people involved could face sanctions", "Ben Cole")]


def test_a_subordinate_clause_with_a_cue_is_no_parenthetical() -> None:
    assert indirect_said("When Ben Cole agreed, she fled and phoned the police.") == []


def test_an_infinitive_after_a_short_adverbial() -> None:
    found = indirect_said("Ann Ray promised on Tuesday to close the old bridge.")
    assert found == [("to close the old bridge", "Ann Ray")]


def test_a_cue_before_a_colon_reports_no_clause_before_it() -> None:
    # "In a letter …, X wrote:" introduces what X wrote; the phrase before the cue is the writer's own.
    assert indirect_said("In a letter to residents last week, Mayor Ana Diaz wrote:") == []
    assert indirect_said("In a speech on Monday, the senator said:") == []
    assert indirect_said("The plan will fail, the mayor said.") == [("The plan will fail", None)]
