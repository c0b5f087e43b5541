"""A description opening the sentence, set off from the cue by an age alone ("The actress, 41, said:") is the
subject, as "The 34-year-old, from Salford, said" is: the person named before, else the description. Made-up
sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


def test_an_age_after_a_pointing_noun() -> None:
    assert _speakers(
        "Soap favourite Lorna Vick is leaving the programme after nine years.",
        'The actress, 44, said: "It was the best job I ever had."',
    )[-1] == ("Lorna Vick", None)


def test_an_age_after_a_description_nobody_named() -> None:
    assert _speakers('The ferryman, 67, said: "I have never seen the river this high."') == [(None, "The ferryman")]
