"""A Romance object pronoun standing for what is said, between the subject and its verb of saying before a quote
("Le maire Paul Roy l'assure : « … »", "La directrice le dit sans détour : « … »", "Il sindaco lo ha detto
chiaramente: «…»"): the subject before it speaks, as without the pronoun. Made-up sentences; each expected value is
read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "fr",
            "Le maire Paul Roy l'assure : « la piscine rouvrira cet été ».",
            [("la piscine rouvrira cet été", "Paul Roy", "Le maire")],
        ),
        (
            "fr",
            "La directrice le dit sans détour : « nous manquons de bras ».",
            [("nous manquons de bras", None, "La directrice")],
        ),
        (
            "it",
            "Il sindaco lo ha detto chiaramente: «la piscina riaprirà a luglio».",
            [("la piscina riaprirà a luglio", None, "Il sindaco")],
        ),
    ],
)
def test_object_pronoun_before_verb(
    language: str, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert text_said_in(sentence, language=language) == expected
