"""Spanish "mostrarse" and a predicative adjective after a quote ("«…», se mostró satisfecho el presidente del
club") credit the quote to the subject after the adjective: before, "se mostró" was no verb of saying and the
quote, with no speaker, was dropped. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "text", "role"),
    [
        pytest.param(
            "«Ha sido un gran partido», se mostró satisfecho el presidente del club.",
            "Ha sido un gran partido",
            "el presidente del club",
            id="preterite",
        ),
        pytest.param(
            "«Estamos contentos», se mostraron satisfechos los vecinos.",
            "Estamos contentos",
            "los vecinos",
            id="plural",
        ),
        pytest.param(
            "«Hay que esperar», se ha mostrado prudente la consejera de Salud.",
            "Hay que esperar",
            "la consejera de Salud",
            id="perfect",
        ),
    ],
)
def test_the_subject_after_the_adjective_speaks(sentence: str, text: str, role: str) -> None:
    assert text_said_in(sentence, language="es") == [(text, None, role)]


def test_mostrarse_before_a_comma_reports_nothing() -> None:
    assert text_said_in("El entrenador se mostró satisfecho, aunque reconoció que hubo errores.", language="es") != [
        ("aunque reconoció que hubo errores", None, "El entrenador")
    ]


def test_mostrarse_with_no_quote_reports_nothing() -> None:
    assert text_said_in("El Gobierno se mostró dispuesto a negociar con los sindicatos.", language="es") == []
