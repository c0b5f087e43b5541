"""A Romance sentence opened by its subject, a name and its office set off by commas, then a verb of saying and
its object ("El alcalde, Luis Mena, ha confirmado la noticia."): the phrase before ", ha confirmado" is who
speaks, not what was said, so it is no reported clause with the object as its speaker. A clause that is a
sentence of its own before the verb still is ("El agua no es potable, ha confirmado el alcalde, Luis Mena.").
Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "El ministro de Sanidad, Tomás Ferrer, ha confirmado las tres muertes."),
        ("es", "El concejal de Obras, Iván Soto, explicó el proyecto a los vecinos del barrio."),
        ("es", "Luis Mena, el alcalde de Motril, ha lamentado la muerte del vecino."),
        ("es", "La alcaldesa de Getafe, Rosa Prieto, ha confirmado la noticia y ha pedido calma."),
        ("it", "Il sindaco di Lecco, Paolo Bassi, ha confermato la chiusura della scuola."),
        ("pt", "O prefeito de Campinas, Jorge Lemos, confirmou o fechamento da escola."),
    ],
)
def test_subject_set_off_is_no_report(language: str, sentence: str) -> None:
    assert text_said_in(sentence, language=language) == []


def test_clause_before_the_verb_is_still_reported() -> None:
    sentence = "El agua del grifo no es potable, ha confirmado el alcalde, Luis Mena."
    assert text_said_in(sentence, language="es") == [("El agua del grifo no es potable", "Luis Mena", "el alcalde")]


def test_report_after_and_keeps_its_speaker() -> None:
    sentence = "La directora, Marta Gil, confirmó la fecha de la reunión y añadió que habrá votación."
    assert text_said_in(sentence, language="es") == [("habrá votación", "Marta Gil", "La directora")]
