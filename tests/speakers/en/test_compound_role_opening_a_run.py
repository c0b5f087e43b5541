"""A compound noun of a person capitalised only for opening the sentence ("Match-winner", "Goal-scorer"), its
part after the hyphen in lower case and an agent noun or a title, is the person's role, no part of the name; a
double-barrelled name keeps its capitals ("Papley-Reid"). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


def test_a_compound_role_before_a_full_name() -> None:
    assert _speakers('Goal-scorer Efua Mensah said: "I just closed my eyes and swung."') == [
        ("Efua Mensah", "Goal-scorer")
    ]


def test_a_compound_role_before_the_surname() -> None:
    assert _speakers(
        "Rovers won the derby with a late header from Kwabena Osei.",
        'Match-winner Osei said: "That one was for my grandfather."',
    )[-1][0] == "Kwabena Osei"


def test_a_double_barrelled_name_stays() -> None:
    assert _speakers('Winger Tom Harker-Reid said: "The crowd carried us."') == [("Tom Harker-Reid", "Winger")]
