"""After an inverted cue, a surname that opens with lower-case particles ("said ten Hag", "said van der Berg")
and was not named in full before is the speaker's name with its particles, not the capitalised word alone.
Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_one_particle_stays_in_the_name() -> None:
    assert said("“We lost our focus,” said ten Brink.", "en") == [("ten Brink", None)]


def test_two_particles_stay_in_the_name() -> None:
    assert said("“The wind was against us,” said van der Berg.", "en") == [("van der Berg", None)]


def test_particle_name_then_a_time_phrase() -> None:
    assert said("“We need a striker,” said de Vries on Friday.", "en") == [("de Vries", None)]
