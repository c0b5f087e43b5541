"""The attribution layer's verb classes, nouns of view and holders (session 37). Made-up sentences only;
the expected spans and holders are read off each sentence."""

from __future__ import annotations

import pytest

from cqnews import AttributionKind
from tests.quote_helpers import one_attribution


@pytest.mark.parametrize(
    ("text", "kind", "cue", "content", "mention"),
    [
        # verbs of stance
        ("Councillor Ida Brenner touted the new ferry link.", "stance", "touted", "the new ferry link", "Ida Brenner"),
        ("Rosa Klein lambasted the budget.", "stance", "lambasted", "the budget", "Rosa Klein"),
        ("Rosa Klein has long championed the tram.", "stance", "championed", "the tram", "Rosa Klein"),
        ("Senator Omar Diaz questioned the mayor's account.", "stance", "questioned", "the mayor's account",
         "Omar Diaz"),
        # verbs of belief
        ("Dr. Ruth Anand realized the dam was failing.", "belief", "realized", "the dam was failing", "Ruth Anand"),
        ("Max Ode anticipated a long fight over the dam.", "belief", "anticipated", "a long fight over the dam",
         "Max Ode"),
        # verbs of intention
        ("Ben Ortiz demands a full recount.", "intention", "demands", "a full recount", "Ben Ortiz"),
        # verbs of topic, with their particle
        ("Nora Vance referred to the flood of 1998.", "topic", "referred", "the flood of 1998", "Nora Vance"),
        ("Lee Amano focused on the budget gap.", "topic", "focused", "the budget gap", "Lee Amano"),
        ("Lee Amano addressed the flooding in the east.", "topic", "addressed", "the flooding in the east",
         "Lee Amano"),
    ],
)
def test_verb_classes(text: str, kind: str, cue: str, content: str, mention: str) -> None:
    found = one_attribution(text)
    assert (found.kind, found.cue, found.text, found.mention) == (AttributionKind(kind), cue, content, mention)


def test_a_participle_after_a_comma_is_the_speakers() -> None:
    found = one_attribution("“We will not wait,” Pia Lund said, referencing the stalled tram project.")
    assert (found.kind, found.text, found.mention) == (AttributionKind.TOPIC, "the stalled tram project", "Pia Lund")
    assert found.source is not None and found.source.name == "Pia Lund"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The only fix, in Professor Alma Reyes's view, would be a new dam.",
         "The only fix, in Professor Alma Reyes's view, would be a new dam", "Alma Reyes"),
        ("In her view, the tram was never needed.", "In her view, the tram was never needed", "her"),
    ],
)
def test_in_someones_view_holds_the_clause(text: str, content: str, mention: str) -> None:
    found = one_attribution(text)
    assert (found.kind, found.cue, found.text, found.mention) == (AttributionKind.BELIEF, "view", content, mention)


@pytest.mark.parametrize(
    ("text", "kind", "cue", "content", "mention"),
    [
        ("Shop owners were angry about Lena Park's call for a curfew.", "intention", "call", "a curfew",
         "Lena Park"),
        ("Farmers laughed at his claim that the river was clean.", "belief", "claim", "the river was clean", "his"),
        ("The board stood by its finding that the river was clean.", "evidence", "finding", "the river was clean",
         "its"),
        ("Tenants scoffed at the landlord's promise of repairs.", "intention", "promise", "repairs", "the landlord"),
    ],
)
def test_owned_nouns_of_view_and_intention(text: str, kind: str, cue: str, content: str, mention: str) -> None:
    found = one_attribution(text)
    assert (found.kind, found.cue, found.text, found.mention) == (AttributionKind(kind), cue, content, mention)


@pytest.mark.parametrize(
    ("text", "cue", "content", "name"),
    [
        ("Ann Hale used to praise the old mayor.", "praise", "the old mayor", "Ann Hale"),
        ("Tom Reed instead decried the new toll.", "decried", "the new toll", "Tom Reed"),
        ("When Mr. Abel Moss tried to defend his remarks, the crowd booed.", "defend", "his remarks", "Abel Moss"),
    ],
)
def test_holder_read_past_the_verb_that_takes_the_cue(text: str, cue: str, content: str, name: str) -> None:
    found = one_attribution(text)
    assert (found.cue, found.text, found.mention) == (cue, content, name)
    assert found.source is not None and found.source.name == name
