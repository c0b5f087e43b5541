"""A short aside in parentheses between a subject and its reporting verb (a party, an age: "Anna Berg (SPD)
sagte, …") leaves the subject the speaker and the clause after the verb the report. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, text: str) -> list[tuple[str, str, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in quotes]


def test_a_party_after_the_subject_is_no_part_of_the_report() -> None:
    # before: the whole sentence, subject and verb included, was one report with no speaker
    assert _found("de", "Jonas Weber (SPD) sagte, der Haushalt werde erst im Herbst beschlossen.") == [
        ("indirect", "der Haushalt werde erst im Herbst beschlossen", "Jonas Weber")
    ]
    assert _found("de", "Jonas Weber (SPD) sagte dem Lokalradio, der Haushalt werde erst im Herbst beschlossen.") == [
        ("indirect", "der Haushalt werde erst im Herbst beschlossen", "Jonas Weber")
    ]


def test_an_age_after_the_subject_before_a_colon() -> None:
    assert _found("de", "Marie Sommer (52) erzählte: „Das Wasser stand uns bis zu den Knien.“") == [
        ("direct", "Das Wasser stand uns bis zu den Knien.", "Marie Sommer")
    ]


def test_a_long_parenthesis_is_no_aside_of_the_name() -> None:
    # four words or more in the parentheses: no party or age, the subject is not read through it
    found = _found("de", "Der Rat (er tagte bis spät am Abend) sagte, der Haushalt werde erst im Herbst beschlossen.")
    assert all(speaker is None for _, _, speaker in found)
