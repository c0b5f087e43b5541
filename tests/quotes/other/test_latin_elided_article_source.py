"""A phrase an elided article opens ("l'avocat de la famille", "l'assessore ai trasporti", Italian "un'esperta di
clima") is a description like one any other article opens: the source of "Selon …, …". Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found, said


def test_a_source_after_an_elided_article_frames_the_report() -> None:
    assert quotes_found("Selon l'architecte du musée, le chantier durera encore trois ans.", "fr") == [
        ("indirect", "le chantier durera encore trois ans", None)
    ]
    assert said("Selon l'architecte du musée, le chantier durera encore trois ans.", "fr") == [
        (None, "l'architecte du musée")
    ]
    assert said("Secondo l'economista della banca, i conti torneranno in ordine.", "it") == [
        (None, "l'economista della banca")
    ]


def test_an_elided_indefinite_article_opens_a_description_too() -> None:
    assert said("Secondo un'esperta di vulcani, l'eruzione potrebbe durare settimane.", "it") == [
        (None, "un'esperta di vulcani")
    ]


def test_a_name_after_the_office_still_speaks() -> None:
    assert said("Selon l'ancienne ministre Claire Roux, le texte est mal écrit.", "fr") == [
        ("Claire Roux", "l'ancienne ministre")
    ]
