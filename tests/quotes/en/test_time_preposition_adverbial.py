"""An adverbial of time opened by "after" or "before" and a determiner right after a cue or after the listener of
"told" ("said after the match his players …", "told the BBC before the hearing she …") is walked past as "in a
statement" is: the clause after it is the report. Before a pronoun or a bare noun "after"/"before" opens no such
walk ("said after he resigned …", "said before lunch …"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_after_the_event_then_a_clause() -> None:
    text = "The coach said after the match his side had played well, before leaving for the airport."
    assert reported(text) == ["his side had played well"]


def test_before_the_event_after_a_listener() -> None:
    assert reported("She told the BBC before the hearing she had done nothing wrong.") == ["she had done nothing wrong"]


def test_after_an_event_with_its_complement_and_a_day() -> None:
    text = "The chief said after a long meeting with the union on Friday the strike was off."
    assert reported(text) == ["the strike was off"]


def test_after_a_pronoun_opens_a_time_clause() -> None:
    assert reported("Lee said after he resigned the party lost its way.") == []


def test_before_a_bare_noun_is_no_walk() -> None:
    assert reported("Lee said before lunch the plan was dead.") == []


def test_after_the_event_with_nothing_reported() -> None:
    assert reported("The coach said after the match.") == []
