"""A name after a source word ("Según", "Selon", "Laut" …) and its office set off by commas, the office capitalised
as regional pages write it ("Según Juan Pérez, Alcalde de Soria, las obras …"): the office is the name's role, no
part of what was reported (before, the report opened with "Alcalde de Soria,"). The same office after a verb of
saying and its name is the name's role too. Every sentence is made up in the shape of regional pages; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "es",
            "Según Juan Pérez, Alcalde de Soria, las obras terminarán en marzo.",
            ("las obras terminarán en marzo", "Juan Pérez", "Alcalde de Soria"),
            id="es-source",
        ),
        pytest.param(
            "pt",
            "Segundo João Silva, Prefeito de Itabuna, as obras terminam em março.",
            ("as obras terminam em março", "João Silva", "Prefeito de Itabuna"),
            id="pt-source",
        ),
        pytest.param(
            "it",
            "Secondo Marco Rossi, Sindaco di Lecco, i lavori finiranno a marzo.",
            ("i lavori finiranno a marzo", "Marco Rossi", "Sindaco di Lecco"),
            id="it-source",
        ),
        pytest.param(
            "fr",
            "Selon Jean Martin, Maire de Vannes, les travaux finiront en mars.",
            ("les travaux finiront en mars", "Jean Martin", "Maire de Vannes"),
            id="fr-source",
        ),
        pytest.param(
            "de",
            "Laut Hans Vogel, Bürgermeister der Stadt, dauern die Arbeiten sechs Monate.",
            ("dauern die Arbeiten sechs Monate", "Hans Vogel", "Bürgermeister der Stadt"),
            id="de-source",
        ),
        pytest.param(
            "ro",
            "Potrivit lui Ion Popescu, Primarul comunei, lucrările vor dura șase luni.",
            ("lucrările vor dura șase luni", "Ion Popescu", "Primarul comunei"),
            id="ro-source",
        ),
        pytest.param(
            "id",
            "Menurut Budi Santoso, Kepala Dinas PU, jalan akan diperbaiki bulan depan.",
            ("jalan akan diperbaiki bulan depan", "Budi Santoso", "Kepala Dinas PU"),
            id="id-source",
        ),
        pytest.param(
            "vi",
            "Theo ông Nguyễn Văn An, Giám đốc Sở Xây dựng, con đường sẽ được sửa.",
            ("con đường sẽ được sửa", "Nguyễn Văn An", "ông"),
            id="vi-source-keeps-its-title",
        ),
        pytest.param(
            "pt",
            '"A obra começa em março", afirmou Paulo Lima, Secretário de Obras.',
            ("A obra começa em março", "Paulo Lima", "Secretário de Obras"),
            id="pt-after-the-verb",
        ),
        pytest.param(
            "it",
            '"I lavori dureranno sei mesi", ha spiegato Luca Bianchi, Assessore ai Lavori Pubblici.',
            ("I lavori dureranno sei mesi", "Luca Bianchi", "Assessore ai Lavori Pubblici"),
            id="it-after-the-verb",
        ),
    ],
)
def test_capitalised_office_after_a_source(language: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert text_said_in(sentence, language=language) == [expected]


def test_a_capitalised_word_that_is_no_office_is_reported() -> None:
    sentence = "Según Juan Pérez, Soria necesita un nuevo puente."
    assert text_said_in(sentence, language="es") == [("Soria necesita un nuevo puente", "Juan Pérez", None)]
