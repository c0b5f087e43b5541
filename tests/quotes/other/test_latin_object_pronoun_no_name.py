"""An object pronoun opening a sentence before its verb ("Lo ha dicho con firmeza …:", "Gli ha detto …:", "Lhe
disse …:") is capitalised there but names no one: it is never the speaker. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(
    ("language", "sentence", "pronoun"),
    [
        ("es", "Lo dijo con firmeza: “Se ha gastado muy poco en los mayores dependientes”.", "Lo"),
        ("es", "Le ha dicho con calma la alcaldesa: “Las obras terminarán antes del verano”.", "Le"),
        ("it", "Gli ha detto con forza il ministro: “Si è speso troppo poco per gli anziani”.", "Gli"),
        ("pt", "Lhe disse com firmeza o ministro: “Gastou-se muito pouco com os idosos dependentes”.", "Lhe"),
    ],
)
def test_object_pronoun_is_no_speaker(language: str, sentence: str, pronoun: str) -> None:
    assert pronoun not in speakers(sentence, language)
