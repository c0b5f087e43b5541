"""A participle in -ing right after a cue ("said, referencing the ruling that …") governs the "that" its own phrase
holds: that "that" is a relative pronoun or the participle's conjunction, never the cue's, and no clause after it
is reported with the cue."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_relative_that_inside_a_participle_phrase_is_no_report() -> None:
    assert reported("“It was a fair deal,” Moira Dunne said, holding up the treaty that banned whaling.") == []


def test_participle_aside_closed_by_a_comma_keeps_the_cue_that() -> None:
    assert reported("Moira Dunne said, speaking to students in Cork, that the strike had ended.") == [
        "the strike had ended"
    ]


def test_preposition_in_ing_is_no_participle() -> None:
    assert reported("Moira Dunne said during a debate that the strike had ended.") == ["the strike had ended"]
