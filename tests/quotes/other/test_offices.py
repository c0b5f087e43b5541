"""Offices in the Romance tables: which words are offices, an office with its complement before a name, the
office that belongs to which person, and short titles that are whole words only. Made-up sentences; each
expected value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import said, said_in

# ----------------------------------------------------------------------------------------------------
# Office words of the Romance tables: a leader, a candidate, a judge are offices, so the name after them
# speaks and they are its role. Made-up sentences; each expected value is read from its sentence.


@pytest.mark.parametrize(
    ("language", "sentence", "name", "role"),
    [
        pytest.param(
            "es",
            "“Vamos a recurrir la sentencia”, afirmó el líder del partido, Luis Vega Ruiz.",
            "Luis Vega Ruiz",
            "el líder del partido",
            id="es-lider",
        ),
        pytest.param(
            "es",
            "“La causa sigue abierta”, señaló la jueza Marta Gil.",
            "Marta Gil",
            "la jueza",
            id="es-jueza",
        ),
        pytest.param(
            "it",
            "“Faremo ricorso contro la sentenza”, ha affermato il leader del partito Marco Bianchi.",
            "Marco Bianchi",
            "il leader del partito",
            id="it-leader",
        ),
        pytest.param(
            "fr",
            "« Nous ferons appel de cette décision », a déclaré la candidate Marie Martin.",
            "Marie Martin",
            "la candidate",
            id="fr-candidate",
        ),
    ],
)
def test_the_name_after_an_office_speaks(language: str, sentence: str, name: str, role: str) -> None:
    quotes = find_quotes([Block(text=sentence)], language)
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes] == [(name, role)]


# ----------------------------------------------------------------------------------------------------
# An office word, its complement and then a name, with no comma between them, in the Romance languages: the
# name speaks and the office with its complement is the role ("le ministre de l'Intérieur Gérald Darmanin").
# Made-up sentences; each expected value is read from its sentence.



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
    assert said(sentence, language) == [(name, role)]


def test_an_office_and_its_complement_without_a_name_stay_a_description() -> None:
    assert said("« Nous ne reculerons pas sur ce texte », a déclaré le président de la République.", "fr") == [
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
    assert said(sentence, language) == [(name, role)]


def test_a_complement_in_lower_case_before_the_name() -> None:
    assert said("“Faremo ricorso contro la sentenza”, ha detto il presidente del comitato Marco Bianchi.", "it") == [
        ("Marco Bianchi", "il presidente del comitato")
    ]


def test_one_capitalised_word_after_the_complement_is_no_name() -> None:
    assert said("“Faremo ricorso contro la sentenza”, ha detto il presidente della Regione Lazio.", "it") == [
        (None, "il presidente della Regione Lazio")
    ]


# ----------------------------------------------------------------------------------------------------
# The office read before a name in the prose is the one written for that name, not one written for another
# person earlier in the clause ("La maire … Anne Hidalgo a reçu le préfet Marc Dupont": Marc Dupont is the
# préfet). Made-up sentences; each expected value is read from its sentence.



def test_a_description_stands_for_the_person_it_was_written_for() -> None:
    found = said_in(
        "La maire Claire Petit a reçu le préfet Marc Durand lundi matin.",
        "« Nous avons fait notre travail jusqu'au bout », a déclaré la maire.",
        language="fr",
    )
    assert found == [("Claire Petit", "maire")]


def test_the_office_of_the_second_person_is_the_one_after_the_first_name() -> None:
    found = said_in(
        "La maire de Lille Claire Petit a reçu le préfet Marc Durand lundi matin.",
        "« La sécurité de tous passe avant tout », a souligné le préfet.",
        language="fr",
    )
    assert found == [("Marc Durand", "préfet")]


# ----------------------------------------------------------------------------------------------------
# A short title ("Me", "Dr") is a whole word, not the ending of a longer one: French first names and verbs
# ending in "-me" ("Guillaume", "Maxime", "estime") are no office. Made-up sentences; each expected value is
# read from its sentence.



@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("« Nous ne céderons rien sur ce point », a déclaré Guillaume Durand.", "Guillaume Durand"),
        ("Selon Maxime Leroy, « le texte sera voté avant l'été ».", "Maxime Leroy"),
    ],
)
def test_a_first_name_ending_in_me_is_part_of_the_name(sentence: str, name: str) -> None:
    assert said(sentence, "fr") == [(name, None)]


def test_a_verb_ending_in_me_is_no_role() -> None:
    assert said("« Le texte sera voté avant l'été », estime Paul Martin.", "fr") == [("Paul Martin", None)]


def test_the_short_title_itself_is_still_a_role() -> None:
    assert said("« Mon client est innocent », a déclaré Me Paul Martin.", "fr") == [("Paul Martin", "Me")]


# ----------------------------------------------------------------------------------------------------
# An office before a country's name ("Prezydent USA"): the country is no name, the office holder goes
# unnamed, and the office with its country is the description.


def test_an_office_before_a_country_names_nobody() -> None:
    quotes = find_quotes([Block(text="Prezydent USA powiedział, że Nowak nie pojedzie do Kairu.")], "pl")
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes] == [(None, "Prezydent USA")]
