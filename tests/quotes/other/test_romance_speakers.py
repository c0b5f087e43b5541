"""Speakers in Spanish and Italian, languages that leave a verb's subject out: a reporting verb with no
subject, a description standing for the office holder named before, any preterite right after a quote, and
a reported "que" clause. Made-up sentences only."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import quotes_in


def test_a_verb_without_subject_speaks_for_the_person_named_before() -> None:
    found = quotes_in(
        "es",
        "El alcalde Ángel Collados habló con los vecinos durante la mañana.",
        "“Actuamos desde el primer momento, puerta por puerta”, ha explicado, sin ocultar la emoción.",
    )
    assert found == [("direct", "Actuamos desde el primer momento, puerta por puerta", "Ángel Collados")]


def test_someone_named_after_the_last_quote_is_who_a_subjectless_verb_stands_for() -> None:
    found = quotes_in(
        "es",
        "“Hay que esperar a mañana para saberlo”, dijo Ana Ruiz.",
        "Después habló el bombero Pedro Gil Soto. “El fuego avanza muy rápido por la ladera”, lamentó.",
        "“No hay riesgo para las casas del pueblo”, añadió.",
    )
    assert [speaker for _, _, speaker in found] == ["Ana Ruiz", "Pedro Gil Soto", "Pedro Gil Soto"]


def test_a_verb_without_subject_and_nobody_named_has_no_speaker() -> None:
    found = quotes_in("es", "“Hay que esperar a mañana para saberlo todo”, ha explicado.")
    assert found == [("direct", "Hay que esperar a mañana para saberlo todo", None)]


def test_a_description_stands_for_the_office_holder_named_before() -> None:
    found = quotes_in(
        "es",
        "El presidente de la Junta, Juan Mora, visitó la zona por la tarde.",
        "Los vecinos esperaban noticias en la plaza del pueblo.",
        "“Es un incendio raro y muy rápido”, ha insistido el presidente andaluz.",
    )
    assert found == [("direct", "Es un incendio raro y muy rápido", "Juan Mora")]


def test_any_preterite_right_after_a_quote_reports_it() -> None:
    found = quotes_in("es", "“Todo el mundo ayudó en lo que pudo”, resumió Marta Gil Pardo.")
    assert found == [("direct", "Todo el mundo ayudó en lo que pudo", "Marta Gil Pardo")]
    found = quotes_in("es", "“Avanzó quince kilómetros en dos horas”, ha resumido Luis Vega.")
    assert found == [("direct", "Avanzó quince kilómetros en dos horas", "Luis Vega")]


def test_a_que_clause_right_after_a_reporting_verb_is_reported_speech() -> None:
    found = quotes_in("es", "El ministro Luis Vega aseguró que la carretera abrirá el lunes por la mañana.")
    assert found == [("indirect", "la carretera abrirá el lunes por la mañana", "Luis Vega")]
    found = quotes_in(
        "es",
        "El presidente del Gobierno, Pedro Sanz, viajó a la zona.",
        "El presidente ha explicado que el fuego comenzó junto a la carretera.",
    )
    assert found == [("indirect", "el fuego comenzó junto a la carretera", "Pedro Sanz")]


def test_italian_leaves_the_subject_out_too() -> None:
    found = quotes_in(
        "it",
        "Il sindaco Marco Rossi ha parlato in piazza. «Non ci arrendiamo mai, andremo avanti», ha detto.",
    )
    assert found == [("direct", "Non ci arrendiamo mai, andremo avanti", "Marco Rossi")]


@pytest.mark.parametrize(
    ("language", "sentence", "name", "role"),
    [
        ("fr", "Selon Paul Durand, directeur de l'association, « le calendrier reste serré ».", "Paul Durand",
         "directeur de l'association"),
        ("es", "Según Ana Ruiz, portavoz del partido, “el plan es un error”.", "Ana Ruiz", "portavoz del partido"),
        ("it", "Secondo Paolo Verdi, presidente dell'associazione, «il calendario è stretto».", "Paolo Verdi",
         "presidente dell'associazione"),
    ],
)
def test_a_source_word_then_a_name_and_its_office_before_a_quote(
    language: str, sentence: str, name: str, role: str
) -> None:
    # The office set off by commas after the name is its role; the quote is short, so only its source makes it one.
    quotes = find_quotes([Block(text=sentence)], language)
    assert [(q.kind.value, q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [("direct", name, role)]


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("fr", "« Nous travaillons jour et nuit pour aider les familles », selon Marie Martin.", "Marie Martin"),
        ("es", "“Trabajamos día y noche para ayudar a las familias”, según Ana Ruiz.", "Ana Ruiz"),
        ("it", "«Lavoriamo giorno e notte per aiutare le famiglie», secondo Paolo Verdi.", "Paolo Verdi"),
        # who was told stands between the verb and its subject
        ("es", "“Es una decisión histórica para el país”, dijo a EFE el ministro José Albares.", "José Albares"),
        ("es", "“Es una decisión histórica para el país”, declaró a la prensa Ana Ruiz.", "Ana Ruiz"),
        ("it", "«È una decisione storica per il paese», ha dichiarato all'ANSA Giorgia Meloni.", "Giorgia Meloni"),
        ("it", "«È una decisione storica per il paese», ha detto al Corriere della Sera il ministro Guido Crosetto.",
         "Guido Crosetto"),
        ("fr", "« C'est une décision historique pour le pays », a déclaré à l'AFP Jean Dupont.", "Jean Dupont"),
        ("pt", "“É uma decisão histórica para o país”, disse à Lusa o ministro Paulo Rangel.", "Paulo Rangel"),
    ],
)
def test_the_speaker_after_a_quote_past_a_source_word_or_a_listener(language: str, sentence: str, name: str) -> None:
    assert [speaker for _, _, speaker in quotes_in(language, sentence)] == [name]


def test_an_office_in_lower_case_before_the_name_is_its_role() -> None:
    sentence = "Le président Emmanuel Macron a affirmé : « La France sera au rendez-vous. »"
    quotes = find_quotes([Block(text=sentence)], "fr")
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [("Emmanuel Macron", "Le président")]


def test_a_surname_is_the_person_named_in_full_in_the_prose_before() -> None:
    found = quotes_in(
        "it",
        "Il ministro Guido Crosetto ha visitato ieri la base militare di Sigonella.",
        "«La situazione è sotto controllo e non ci sono rischi per la popolazione», ha detto Crosetto.",
    )
    assert [speaker for _, _, speaker in found] == ["Guido Crosetto"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "La alcaldesa Carmen Ruiz Olmo visitó el barrio por la tarde. Asimismo, señaló que las obras terminarán en mayo.",
            [("indirect", "las obras terminarán en mayo", "Carmen Ruiz Olmo")],
        ),
        (
            "it",
            "Il sindaco Marco Bianchi Neri ha visitato il quartiere. Inoltre ha detto che i lavori finiranno a maggio.",
            [("indirect", "i lavori finiranno a maggio", "Marco Bianchi Neri")],
        ),
    ],
)
def test_a_reporting_verb_opening_its_sentence_after_an_adverb_has_a_left_out_subject(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes_in(language, text) == expected


def test_a_noun_before_the_verb_is_its_subject_not_a_left_out_one() -> None:
    # "El informe" says it: the clause is not Carmen Ruiz Olmo's, whoever else the reader takes for its source
    found = quotes_in(
        "es",
        "La alcaldesa Carmen Ruiz Olmo visitó el barrio por la tarde. El informe señala que las obras terminarán en mayo.",
    )
    assert [(kind, text) for kind, text, _ in found] == [("indirect", "las obras terminarán en mayo")]
    assert found[0][2] != "Carmen Ruiz Olmo"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le pont est « fermé jusqu’à nouvel ordre » depuis mardi, a annoncé jeudi la préfète Claire Morel Dubois.",
            ("direct", "fermé jusqu’à nouvel ordre", "Claire Morel Dubois"),
        ),
        (
            "es",
            "“Las obras estarán listas en primavera”, en el barrio de la estación, ha dicho el alcalde Luis Vega Mora.",
            ("direct", "Las obras estarán listas en primavera", "Luis Vega Mora"),
        ),
    ],
)
def test_a_reporting_verb_after_a_comma_further_on_in_the_sentence_reports_the_quote(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert quotes_in(language, text) == [expected]


def test_a_spanish_reporting_verb_in_the_plural_reports_a_que_clause() -> None:
    found = quotes_in("es", "Ana Ruiz y Luis Vega explicaron que la carretera abrirá el lunes por la mañana.")
    assert found == [("indirect", "la carretera abrirá el lunes por la mañana", "Ana Ruiz y Luis Vega")]
    # a reflexive verb of saying reports nothing ("se declararon": they called themselves)
    found = quotes_in("es", "Los vecinos del barrio se declararon “muy preocupados por la situación” ante la prensa.")
    assert found == []


def test_a_preposition_opening_the_sentence_and_the_name_after_it_are_no_speaker() -> None:
    found = quotes_in(
        "fr",
        "Sur Radio Nova, le député Paul Martin a réagi : « Les secours font un travail extraordinaire ici. »",
    )
    assert [text for _, text, _ in found] == ["Les secours font un travail extraordinaire ici."]
    assert "Sur Radio Nova" not in [speaker for _, _, speaker in found]  # (a preposition and a radio's name)
    found = quotes_in("fr", "Le député des Hautes-Alpes Paul Martin a réagi : « Les secours font un travail extraordinaire ici. »")
    assert [speaker for _, _, speaker in found] == ["Paul Martin"]  # (a place's name after "des" is no part of his)


def test_a_fragment_far_inside_a_clause_a_named_person_reports_is_theirs() -> None:
    found = quotes_in(
        "es",
        "La alcaldesa Carmen Ruiz Olmo aseguró que el aviso a la población de todo el valle se realizó "
        "“por todos los medios posibles” durante la noche.",
    )
    assert ("direct", "por todos los medios posibles", "Carmen Ruiz Olmo") in found
