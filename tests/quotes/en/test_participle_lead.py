"""A sentence opened by a participle phrase before its speaker ("Asked if he would resign, Hale said no.",
"Speaking to reporters on Monday, Hale said no.") holds no report before the comma: the phrase is the
writer's. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_asked_if_before_the_speaker_is_no_report() -> None:
    assert reported("Asked if he would step down, the mayor said no.") == []


def test_speaking_to_before_the_speaker_is_no_report() -> None:
    assert reported("Speaking to reporters on Monday, Hale said no.") == []
    # (a clause before the speaker still is one)
    assert reported("The bridge will reopen in May, Hale said.") == ["The bridge will reopen in May"]


def test_a_subordinate_clause_alone_before_the_speaker_is_no_report() -> None:
    assert reported("As the sun set over the harbour, Hale said goodbye.") == []
    # (a main clause after the subordinate one is a report)
    assert reported("After years of delay, the bridge opened on Friday, Hale said.") == [
        "After years of delay, the bridge opened on Friday"
    ]


def test_a_prepositional_phrase_alone_before_the_speaker_is_no_report() -> None:
    assert reported("Despite the heavy rain on Sunday, Hale said.") == []
