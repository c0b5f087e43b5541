"""A German phrase of time with a preposition holding its article ("am Abend", "am späten Abend", "im Interview"),
an adverb before it at most ("noch"), between a verb of saying and its subject after it is stepped over: the subject
after it speaks, a name too. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_time_after_the_verb_then_a_name() -> None:
    assert said("„Wir waren überrascht“, sagte noch am Abend Klaus Wolf.", "de") == [("Klaus Wolf", None)]
    assert said("„Wir waren überrascht“, sagte im Interview Bürgermeisterin Eva Roth.", "de") == [
        ("Eva Roth", "Bürgermeisterin")
    ]


def test_a_place_then_a_name_is_still_not_read() -> None:
    # where a place name ends is not known: "in Berlin Klaus Wolf"
    assert said("„Wir waren überrascht“, sagte in Berlin Klaus Wolf.", "de") == [(None, None)]
