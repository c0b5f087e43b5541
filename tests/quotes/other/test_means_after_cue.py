"""The means a statement came by, between a verb of saying and its subject after it ("afirmou em nota o
secretário-geral", "dijo en un comunicado el alcalde", "sagte in einer Mitteilung der Polizei ein Sprecher"): how,
never who; the subject after it speaks (before, nobody did). Every sentence is made up in the shape of pages in no
corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param(
            '"Vamos continuar", afirmou em nota o secretário-geral da ONU, António Guterres.',
            "pt",
            ("António Guterres", "o secretário-geral da ONU"),
            id="pt-nota-apposed-name",
        ),
        pytest.param(
            '"Vamos continuar", afirmou em nota o prefeito João Silva.',
            "pt",
            ("João Silva", "o prefeito"),
            id="pt-nota",
        ),
        pytest.param(
            '"Vamos continuar", afirmou em nota oficial o prefeito João Silva.',
            "pt",
            ("João Silva", "o prefeito"),
            id="pt-nota-adjective",
        ),
        pytest.param(
            '"Vamos continuar", disse em entrevista a ministra Ana Costa.',
            "pt",
            ("Ana Costa", "a ministra"),
            id="pt-entrevista",
        ),
        pytest.param(
            '"Seguiremos", dijo en un comunicado el alcalde Juan Gil.',
            "es",
            ("Juan Gil", "el alcalde"),
            id="es-comunicado",
        ),
        pytest.param(
            '"Seguiremos", dijo en una entrevista la ministra Ana Ruiz.',
            "es",
            ("Ana Ruiz", "la ministra"),
            id="es-entrevista",
        ),
        pytest.param(
            '"Andiamo avanti", ha detto in una nota il sindaco Marco Rossi.',
            "it",
            ("Marco Rossi", "il sindaco"),
            id="it-nota",
        ),
        pytest.param(
            "« Nous continuons », a déclaré dans un communiqué le maire Paul Roche.",
            "fr",
            ("Paul Roche", "le maire"),
            id="fr-communique",
        ),
        pytest.param(
            "„Wir machen weiter“, sagte in einer Mitteilung der Sprecher Hans Vogel.",
            "de",
            ("Hans Vogel", "der Sprecher"),
            id="de-mitteilung",
        ),
        pytest.param(
            "„Wir machen weiter“, sagte in einer Mitteilung der Polizei ein Sprecher.",
            "de",
            (None, "ein Sprecher"),
            id="de-genitive-of-the-means",
        ),
        pytest.param(
            "„Wir machen weiter“, sagte in einer Mitteilung der Sprecher der Stadt.",
            "de",
            (None, "der Sprecher der Stadt"),
            id="de-genitive-of-the-subject",
        ),
        pytest.param(
            '"We gaan door", zei in een verklaring de burgemeester.',
            "nl",
            (None, "de burgemeester"),
            id="nl-verklaring",
        ),
    ],
)
def test_the_subject_after_the_means_speaks(sentence: str, language: str, expected: tuple[str | None, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        pytest.param('"Vamos continuar", afirmou em nota.', "pt", id="pt-no-subject"),
        pytest.param('"Seguiremos", dijo en nota Juan Gil.', "es", id="es-name-with-no-article"),
        pytest.param('"Seguiremos", dijo en un comunicado del Ayuntamiento el alcalde Juan Gil.', "es", id="es-genitive"),
    ],
)
def test_no_subject_read_past_other_shapes(sentence: str, language: str) -> None:
    assert said(sentence, language) == [(None, None)]
