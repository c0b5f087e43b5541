"""A title that is also a given name ("Dean", "Earl") right after a lower-case role noun opens the person's name:
"head coach Dean Harwood" is Dean Harwood, the head coach; alone before a surname it stays a title. Made-up
sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_dean_after_a_coach_before_the_cue() -> None:
    text = "“We switched off at the back,” Wolves head coach Dean Harwood said."
    assert _speakers(text) == [("Dean Harwood", "Wolves head coach")]


def test_earl_after_a_captain_after_the_cue() -> None:
    text = "“We never gave up,” said club captain Earl Mensah."
    assert _speakers(text) == [("Earl Mensah", "club captain")]


def test_dean_alone_before_a_surname_stays_a_title() -> None:
    text = "“The course will close in June,” said Dean Harwood."
    assert _speakers(text) == [("Harwood", "Dean")]
