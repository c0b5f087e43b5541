"""Spanish, Italian, Portuguese: a verb of saying set off by a comma at the end of a reported clause, its subject left
out or after it ("…, añadió.", "…, ha aggiunto.", "…, ha precisato il comandante."), is the reporting clause, no
part of what was said; before, the report's text ran on to the sentence's end. Made-up sentences of regional papers;
each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_in


@pytest.mark.parametrize(
    ("language", "sentence", "text"),
    [
        pytest.param(
            "es",
            "La concejala explicó que el mercado abrirá también los domingos, añadió.",
            "el mercado abrirá también los domingos",
            id="es-null-subject",
        ),
        pytest.param(
            "it",
            "Il sindaco ha spiegato che il ponte resterà chiuso fino a marzo, ha aggiunto.",
            "il ponte resterà chiuso fino a marzo",
            id="it-perfect",
        ),
        pytest.param(
            "pt",
            "O autarca garantiu que a escola vai reabrir em setembro, acrescentou.",
            "a escola vai reabrir em setembro",
            id="pt-null-subject",
        ),
    ],
)
def test_the_trailing_verb_of_saying_is_left_out_of_the_report(language: str, sentence: str, text: str) -> None:
    assert [found[1] for found in quotes_in(language, sentence)] == [text]


def test_a_verb_of_saying_inside_the_report_stays() -> None:
    found = quotes_in("it", "Il sindaco ha spiegato che il ponte, ha detto, resterà chiuso fino a marzo.")
    assert [f[1] for f in found] == ["il ponte, ha detto, resterà chiuso fino a marzo"]
