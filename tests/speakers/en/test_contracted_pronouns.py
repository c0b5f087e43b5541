"""A subject pronoun with a contracted auxiliary ("He's said …", "they’ve warned …") is a pronoun."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.speakers.token_reader import tokens
from cqnews.models import Block


def test_a_contracted_pronoun_is_read_as_the_pronoun() -> None:
    text = "He’s said it twice."
    assert [t.text for t in tokens(text, 0, len(text))] == ["He", "said", "it", "twice."]


def test_a_possessive_name_stays_one_token() -> None:
    text = "Ashe’s coach said it."
    assert [t.text for t in tokens(text, 0, len(text))][:2] == ["Ashe’s", "coach"]


def test_a_contracted_pronoun_speaker_is_resolved_to_the_person_before() -> None:
    blocks = [
        Block(text="Maria Lopez spoke to the council on Monday."),
        Block(text="She's said the bridge will reopen in May."),
    ]
    quotes = find_quotes(blocks, "en")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("the bridge will reopen in May", "Maria Lopez")
    ]
