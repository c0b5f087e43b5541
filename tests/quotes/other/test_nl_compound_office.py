"""A party's or a medium's office written as one compound before a name, its head in lower case ("CDA-leider Henri
Bos", "NOS-correspondent Mark Visser"): an office, the name after it speaks. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, text: str) -> list[tuple[str | None, str | None]]:
    found = find_quotes([Block(text=text)], language)
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in found]


def test_a_compound_office_before_a_name_is_its_role() -> None:
    assert _speakers("nl", "„We gaan gewoon door met het plan”, zei CDA-leider Henri Bos.") == [
        ("Henri Bos", "CDA-leider")
    ]
    assert _speakers("nl", "Volgens NOS-correspondent Mark Visser is de situatie in de stad gespannen.") == [
        ("Mark Visser", "NOS-correspondent")
    ]


def test_a_hyphenated_given_name_stays_a_name() -> None:
    assert _speakers("nl", "„We gaan gewoon door met het plan”, zei Jan-Peter Bos.") == [("Jan-Peter Bos", None)]
