"""A newspaper's name in quote marks after an article, opening the clause of a verb of saying ("Le « Parisien » a
affirmé que …", "Der „Spiegel“ berichtete, …"): no direct quote, and the newspaper speaks. Made-up sentences
only."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_a_quoted_newspaper_before_a_verb_of_saying_speaks() -> None:
    assert quotes_in("fr", "Le « Parisien » a affirmé que le joueur avait signé son contrat.") == [
        ("indirect", "le joueur avait signé son contrat", "Parisien")
    ]
    assert quotes_in("it", "Il «Corriere della Sera» ha scritto che il governo è diviso sulla riforma.") == [
        ("indirect", "il governo è diviso sulla riforma", "Corriere della Sera")
    ]


def test_a_quoted_newspaper_before_a_verb_and_its_comma_is_no_direct_quote() -> None:
    assert quotes_in("de", "Die »Süddeutsche Zeitung« berichtete, der Vertrag sei längst unterschrieben.") == [
        ("indirect", "der Vertrag sei längst unterschrieben", "Süddeutsche Zeitung")
    ]


def test_a_quoted_newspaper_after_an_article_and_a_noun_is_no_direct_quote() -> None:
    assert quotes_in("fr", "Le quotidien « Le Parisien » a affirmé que le joueur avait signé son contrat.") == [
        ("indirect", "le joueur avait signé son contrat", "Le Parisien")
    ]
    assert quotes_in("es", "El diario «El País» ha asegurado que el acuerdo está cerrado desde ayer.") == [
        ("indirect", "el acuerdo está cerrado desde ayer", "El País")
    ]


def test_a_quoted_newspaper_after_an_article_and_a_capitalised_german_noun_speaks() -> None:
    # (German capitalises its nouns: "Die Zeitung" is the article and noun "le quotidien" is)
    assert quotes_in("de", "Die Zeitung „Kurier“ berichtete, der Trainer werde den Verein im Sommer verlassen.") == [
        ("indirect", "der Trainer werde den Verein im Sommer verlassen", "Kurier")
    ]
    assert quotes_in("de", "Der Sender „Radio Nord“ teilte mit, das Konzert falle wegen des Sturms aus.") == [
        ("indirect", "das Konzert falle wegen des Sturms aus", "Radio Nord")
    ]
