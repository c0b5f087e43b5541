"""An office word, its complement and then a name, with no comma between them, in the Romance languages: the
name speaks and the office with its complement is the role ("le ministre de l'Intérieur Gérald Darmanin").
Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, sentence: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=sentence)], language)
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


@pytest.mark.parametrize(
    ("language", "sentence", "name", "role"),
    [
        pytest.param(
            "fr",
            "« Nous ne reculerons pas sur ce texte », a déclaré le ministre de l'Intérieur Paul Durand.",
            "Paul Durand",
            "le ministre de l'Intérieur",
            id="fr-elided-article",
        ),
        pytest.param(
            "it",
            "“Non arretreremo su questo testo”, ha detto il ministro della Difesa Marco Bianchi.",
            "Marco Bianchi",
            "il ministro della Difesa",
            id="it",
        ),
        pytest.param(
            "es",
            "“No vamos a retroceder en este texto”, dijo el ministro de Asuntos Exteriores Luis Vega Ruiz.",
            "Luis Vega Ruiz",
            "el ministro de Asuntos Exteriores",
            id="es-two-word-complement",
        ),
        pytest.param(
            "es",
            "“No vamos a retroceder en este texto”, dijo el presidente de la Junta de Castilla Ana Ruiz.",
            "Ana Ruiz",
            "el presidente de la Junta de Castilla",
            id="es-complement-with-particles",
        ),
        pytest.param(
            "fr",
            "Selon le ministre de l'Intérieur Paul Durand, « nous ne reculerons pas sur ce texte ».",
            "Paul Durand",
            "le ministre de l'Intérieur",
            id="fr-after-a-source-word",
        ),
    ],
)
def test_a_name_after_an_office_and_its_complement_speaks(language: str, sentence: str, name: str, role: str) -> None:
    assert _speakers(language, sentence) == [(name, role)]


def test_an_office_and_its_complement_without_a_name_stay_a_description() -> None:
    assert _speakers("fr", "« Nous ne reculerons pas sur ce texte », a déclaré le président de la République.") == [
        (None, "le président de la République")
    ]


def test_a_name_in_the_prose_after_an_office_and_its_complement_is_who_a_pronoun_and_the_office_stand_for() -> None:
    quotes = find_quotes(
        [
            Block(text="Le ministre de l'Intérieur Paul Durand est arrivé lundi à Marseille. « Nous ne reculerons pas », a-t-il déclaré."),
            Block(text="« La sécurité de tous passe avant tout », a souligné le ministre."),
        ],
        "fr",
    )
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes] == [
        ("Paul Durand", "ministre de l'Intérieur"),
        ("Paul Durand", "ministre de l'Intérieur"),
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "name", "role"),
    [
        pytest.param(
            "it",
            "La presidente della Regione Anna Neri ha detto che il bilancio sarà approvato entro marzo.",
            "Anna Neri",
            "La presidente della Regione",
            id="it",
        ),
        pytest.param(
            "fr",
            "Le ministre de l'Intérieur Paul Durand a déclaré que la loi serait votée avant l'été.",
            "Paul Durand",
            "Le ministre de l'Intérieur",
            id="fr",
        ),
    ],
)
def test_a_name_after_an_office_and_its_complement_before_the_verb_speaks(
    language: str, sentence: str, name: str, role: str
) -> None:
    assert _speakers(language, sentence) == [(name, role)]


def test_a_complement_in_lower_case_before_the_name() -> None:
    assert _speakers("it", "“Faremo ricorso contro la sentenza”, ha detto il presidente del comitato Marco Bianchi.") == [
        ("Marco Bianchi", "il presidente del comitato")
    ]


def test_one_capitalised_word_after_the_complement_is_no_name() -> None:
    assert _speakers("it", "“Faremo ricorso contro la sentenza”, ha detto il presidente della Regione Lazio.") == [
        (None, "il presidente della Regione Lazio")
    ]
