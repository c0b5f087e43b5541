"""A role before a name whose head is a person noun that is neither a title nor an agent noun ("Williams team
principal Ann Hale said", "Ministry of Trade official Tom Reed said") is the person's role: the name is not
left without one. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_team_principal_with_the_team_name() -> None:
    text = "“The upgrade worked,” Williams team principal James Vowles said."
    assert _speakers(text) == [("James Vowles", "Williams team principal")]


def test_ministry_official_with_the_body_name() -> None:
    text = "“The talks will resume,” Ministry of Trade official Tom Reed said."
    assert _speakers(text) == [("Tom Reed", "Ministry of Trade official")]


def test_source_noun_diplomat_is_a_role() -> None:
    text = "“We are ready to talk,” senior diplomat Ann Hale said."
    assert _speakers(text) == [("Ann Hale", "senior diplomat")]
