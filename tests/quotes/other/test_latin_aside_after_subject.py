"""A short aside in parentheses between a subject and its reporting verb (a party, an age: "Anna Berg (SPD)
sagte, …") leaves the subject the speaker and the clause after the verb the report. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_a_party_after_the_subject_is_no_part_of_the_report() -> None:
    # before: the whole sentence, subject and verb included, was one report with no speaker
    assert quotes_in("de", "Jonas Weber (SPD) sagte, der Haushalt werde erst im Herbst beschlossen.") == [
        ("indirect", "der Haushalt werde erst im Herbst beschlossen", "Jonas Weber")
    ]
    assert quotes_in("de", "Jonas Weber (SPD) sagte dem Lokalradio, der Haushalt werde erst im Herbst beschlossen.") == [
        ("indirect", "der Haushalt werde erst im Herbst beschlossen", "Jonas Weber")
    ]


def test_an_age_after_the_subject_before_a_colon() -> None:
    assert quotes_in("de", "Marie Sommer (52) erzählte: „Das Wasser stand uns bis zu den Knien.“") == [
        ("direct", "Das Wasser stand uns bis zu den Knien.", "Marie Sommer")
    ]


def test_a_long_parenthesis_is_no_aside_of_the_name() -> None:
    # four words or more in the parentheses: no party or age, the subject is not read through it
    found = quotes_in("de", "Der Rat (er tagte bis spät am Abend) sagte, der Haushalt werde erst im Herbst beschlossen.")
    assert all(speaker is None for _, _, speaker in found)
