"""A source word before a name written with its elided article ("Secondo l'Istat, …", "Selon l'Insee, …")
frames the report, the name speaking. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_name_after_an_elided_article_is_the_source() -> None:
    assert quotes_found("Secondo l'Enea, i consumi di gas sono calati in inverno.", "it") == [
        ("indirect", "i consumi di gas sono calati in inverno", "Enea")
    ]
    assert quotes_found("D'après l'Ademe, la facture baissera l'an prochain.", "fr") == [
        ("indirect", "la facture baissera l'an prochain", "Ademe")
    ]


def test_a_name_that_does_not_fill_the_phrase_is_not_cut_from_it() -> None:
    assert quotes_found("Secondo l'Ufficio studi regionale, i prezzi saliranno.", "it") == []
