"""German: an article, an age, a noun and a name ("die 34-jährige Mutter Lena Vogt"): the name speaks, the words
before it are its role, as without the noun ("der 58-jährige Klaus Hofmann"). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    found = find_quotes([Block(text=text)], "de")
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in found]


def test_a_noun_between_the_age_and_the_name_is_part_of_the_role() -> None:
    assert _speakers("„Es war ein Schock für uns alle“, erzählt die 34-jährige Mutter Lena Vogt aus Kassel.") == [
        ("Lena Vogt", "die 34-jährige Mutter")
    ]


def test_an_age_and_a_noun_alone_name_no_one() -> None:
    assert _speakers("„Es war ein Schock für uns alle“, erzählt der 58-jährige Rentner.") == [
        (None, "der 58-jährige Rentner")
    ]
