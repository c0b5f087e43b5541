"""A surname after the initials of a title ("DC Moss", "DS Quinn") is the person named before with the title those
initials spell ("Detective Constable Ryan Moss"); initials that spell no title of that person name nobody
known. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _names(*paragraphs: str) -> list[str | None]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_the_initials_of_a_title_named_before() -> None:
    assert _names(
        'Detective Constable Ryan Moss, of the county force, said: "This was a cruel crime against a frail man."',
        '"We want to hear from anyone who saw a grey van on Tuesday night," DC Moss added.',
    ) == ["Ryan Moss", "Ryan Moss"]


def test_the_title_given_in_apposition() -> None:
    assert _names(
        'Nia Quinn, a detective sergeant, said: "The van was seen twice on the estate."',
        '"Check your doorbell cameras," DS Quinn said.',
    ) == ["Nia Quinn", "Nia Quinn"]


def test_initials_of_no_title_of_the_person() -> None:
    assert _names(
        'Ryan Moss of Leeds said: "This was a cruel crime against a frail man."',
        '"We want to hear from anyone," DC Moss added.',
    ) == ["Ryan Moss", "DC Moss"]
