"""English descriptions as speakers: where an unnamed speaker's noun phrase starts and ends, and whether it is a
person or a body. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def test_a_number_after_of_ends_a_description() -> None:
    quotes = find_quotes([Block(text="“It’s a tragedy,” the mother of two said.")], "en")
    assert [(q.text, q.speaker.role if q.speaker else None) for q in quotes] == [
        ("It’s a tragedy,", "the mother of two")
    ]


def test_a_person_of_an_organisation_is_a_description_not_the_organisation() -> None:
    quotes = find_quotes([Block(text="“It’s a tragedy,” the head of the agency said.")], "en")
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [(None, "the head of the agency")]
    quotes = find_quotes([Block(text="“It’s a tragedy,” the ministry of defence said.")], "en")
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [("the ministry of defence", None)]
