"""An adverb between "and"/"but" and a second cue ("…, but later acknowledged that …", "and also noted that …")
leaves the cue the second verb of the coordination: the first report ends before the coordinator, and the
second is the same speaker's."""

from __future__ import annotations

from tests.quote_helpers import reported, reported_said


def test_but_later_then_a_cue_with_that() -> None:
    assert reported("The treasurer said the grant was late, but later acknowledged that it had been paid.") == [
        "the grant was late",
        "it had been paid",
    ]


def test_and_also_without_a_comma() -> None:
    assert reported("The bursar said the fees were fair and also noted that most parents had paid.") == [
        "the fees were fair",
        "most parents had paid",
    ]


def test_an_adverb_in_ly_and_the_speaker_carried_on() -> None:
    assert reported_said("Ms Adjei said the road was safe, and repeatedly insisted that no child had been hurt.") == [
        ("the road was safe", "Adjei", "Ms"),
        ("no child had been hurt", "Adjei", "Ms"),
    ]


def test_a_pronoun_before_the_adverb_opens_the_clause() -> None:
    assert reported("The chief said he later noted that the money had been sent.") == [
        "he later noted that the money had been sent"
    ]
