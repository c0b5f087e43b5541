"""A German subject whose noun an adjective or an age precedes ("Der erfahrene Landwirt berichtet, …", "Der
54-Jährige erklärt, …") speaks: before, the lower-case word before the noun was taken for a word inside the clause
and the report had no speaker. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "text", "role"),
    [
        pytest.param("Der 54-Jährige erklärt, das Eis sei zu dünn.", "das Eis sei zu dünn", "Der 54-Jährige", id="age"),
        pytest.param(
            "Der erfahrene Landwirt berichtet, die Ernte sei schlecht.",
            "die Ernte sei schlecht",
            "Der erfahrene Landwirt",
            id="adjective",
        ),
        pytest.param(
            "Die 62-jährige Wirtin sagte, sie habe nichts gehört.",
            "sie habe nichts gehört",
            "Die 62-jährige Wirtin",
            id="age-adjective",
        ),
        pytest.param(
            "Ein kleines Mädchen erzählte, es habe den Hund gesehen.",
            "es habe den Hund gesehen",
            "Ein kleines Mädchen",
            id="indefinite",
        ),
        pytest.param(
            "Der Chef des örtlichen Vereins sagte, man sei überrascht.",
            "man sei überrascht",
            "Der Chef des örtlichen Vereins",
            id="genitive-adjective",
        ),
    ],
)
def test_an_attributive_word_before_the_subject_noun(sentence: str, text: str, role: str) -> None:
    assert text_said_in(sentence, language="de") == [(text, None, role)]


def test_a_name_after_an_office_with_an_adjective() -> None:
    assert text_said_in("Die neue Ministerin Anna Berg betonte, man müsse sparen.", language="de") == [
        ("man müsse sparen", "Anna Berg", "Die neue Ministerin")
    ]


def test_an_adjective_inside_a_relative_clause_opens_no_subject() -> None:
    found = text_said_in("Die Bewohnerin, die von einem ruhigen Vormittag berichtete, sagte, es sei laut geworden.", language="de")
    assert all(role != "einem ruhigen Vormittag" for _, _, role in found)


def test_a_dative_article_is_no_subject() -> None:
    assert text_said_in("Dem neuen Trainer sagte Berg, man werde angreifen.", language="de") == [("man werde angreifen", "Berg", None)]
