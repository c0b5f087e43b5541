"""Romance reported speech around its verb: a quote that is the verb's object or inside its clause, an adverb
between the verb and "que", a second predicate that ends the reported clause, a source framing its sentence,
French verbs after a quote and descriptions. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import quotes_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(  # the quote sits in the clause after "que": the verb's subject speaks
            "es",
            "La alcaldesa, Ana Ruiz, aseguró que sigue “con mucha tristeza” las noticias del incendio.",
            [
                ("indirect", "sigue “con mucha tristeza” las noticias del incendio", "Ana Ruiz"),
                ("direct", "con mucha tristeza", "Ana Ruiz"),
            ],
            id="quote-inside-the-verbs-clause",
        ),
        pytest.param(
            "es",
            "La alcaldesa Ana Ruiz explicó además que el puente nuevo abrirá en mayo.",
            [("indirect", "el puente nuevo abrirá en mayo", "Ana Ruiz")],
            id="adverb-before-que-es",
        ),
        pytest.param(
            "fr",
            "Le maire Paul Durand a déclaré également que la ville reconstruira le pont.",
            [("indirect", "la ville reconstruira le pont", "Paul Durand")],
            id="adverb-before-que-fr",
        ),
        pytest.param(
            "es",
            "Ana Ruiz ha señalado que la obra terminará en mayo, aunque ha pedido paciencia a los vecinos.",
            [("indirect", "la obra terminará en mayo", "Ana Ruiz")],
            id="second-predicate-ends-the-clause",
        ),
        pytest.param(
            "es",
            "La alcaldesa Ana Ruiz confirmó que el puente nuevo abrirá en mayo.",
            [("indirect", "el puente nuevo abrirá en mayo", "Ana Ruiz")],
            id="spanish-verb-confirmo",
        ),
        pytest.param(
            "es",
            "El concejal Luis Vega ha defendido que la obra era necesaria para el barrio.",
            [("indirect", "la obra era necesaria para el barrio", "Luis Vega")],
            id="spanish-perfect-ha-defendido",
        ),
        pytest.param(
            "es",
            "Para la ministra Ana Ruiz, su intervención “es indicativa de su papel en la filtración”.",
            [("direct", "es indicativa de su papel en la filtración", "Ana Ruiz")],
            id="source-opening-the-sentence-frames-it",
        ),
        pytest.param(
            "fr",
            "Ces messages, selon Paul Durand, sont « révélateurs d'une grande tension dans l'équipe ».",
            [("direct", "révélateurs d'une grande tension dans l'équipe", "Paul Durand")],
            id="source-between-commas-frames-the-sentence",
        ),
        pytest.param(  # "pour la ville" names no one: a loose source word needs a person or an office
            "fr",
            "Le budget, pour la ville, est « un investissement qui sera vite remboursé ».",
            [("direct", "un investissement qui sera vite remboursé", None)],
            id="loose-source-without-a-person",
        ),
        pytest.param(
            "fr",
            "« Les immeubles voisins sont solides », avait précisé Claire Morel.",
            [("direct", "Les immeubles voisins sont solides", "Claire Morel")],
            id="french-pluperfect-after-a-quote",
        ),
        pytest.param(
            "fr",
            "« Un nouveau point sera fait demain matin », conclut Paul Durand.",
            [("direct", "Un nouveau point sera fait demain matin", "Paul Durand")],
            id="any-french-verb-after-a-quote",
        ),
        pytest.param(  # ", qui a été …" opens a relative clause, no second predicate of the speaker
            "fr",
            "Le maire Paul Durand a déclaré que la maison, qui a été construite en 1900, sera rasée.",
            [("indirect", "la maison, qui a été construite en 1900, sera rasée", "Paul Durand")],
            id="relative-clause-stays-in-the-report",
        ),
    ],
)
def test_romance_reported_speech(language: str, sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quotes_in(language, sentence) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "text"),
    [
        pytest.param(  # the comma after "que la maison" is inside the clause, which opens at "que"
            "fr",
            "Le maire a déclaré que la maison, qui a été construite en 1900, sera rasée.",
            "la maison, qui a été construite en 1900, sera rasée",
            id="comma-inside-the-que-clause",
        ),
    ],
)
def test_the_reported_clause_as_written(language: str, sentence: str, text: str) -> None:
    assert [(kind, found) for kind, found, _ in quotes_in(language, sentence)] == [("indirect", text)]


def test_a_french_description_stands_for_the_office_holder_named_before() -> None:
    found = quotes_in(
        "fr",
        "La procureure de la République, Claire Morel, est arrivée sur place dans la nuit.",
        "« Ce ne sont pas du tout des immeubles insalubres », a souligné la procureure.",
    )
    assert found == [("direct", "Ce ne sont pas du tout des immeubles insalubres", "Claire Morel")]


def test_an_elided_article_or_clitic_is_no_speaker() -> None:
    # "L'" of "L'ha detto" is the clitic "it" (an article when a noun follows it): no one's name or role
    sentence = "L'ha detto ieri il ministro del Lavoro, Elsa Fornero: \"Negli anni la spesa è andata alle pensioni\"."
    quotes = find_quotes([Block(text=sentence)], "it")
    assert [q.kind.value for q in quotes] == ["direct"]
    assert all(q.speaker is None or "L'" not in (q.speaker.name, q.speaker.role) for q in quotes)
