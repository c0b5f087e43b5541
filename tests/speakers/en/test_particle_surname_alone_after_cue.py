"""After an inverted cue, a surname that opens with lower-case particles ("said ten Hag", "said van der Berg")
and was not named in full before is the speaker's name with its particles, not the capitalised word alone.
Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_one_particle_stays_in_the_name() -> None:
    assert _speakers("“We lost our focus,” said ten Brink.") == [("ten Brink", None)]


def test_two_particles_stay_in_the_name() -> None:
    assert _speakers("“The wind was against us,” said van der Berg.") == [("van der Berg", None)]


def test_particle_name_then_a_time_phrase() -> None:
    assert _speakers("“We need a striker,” said de Vries on Friday.") == [("de Vries", None)]
