"""A courtesy title before a surname ("Frau Berg", "la señora Ruiz", "la signora Rossi") is no part of the name:
the surname is the person quoted before under their full name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_courtesy_title_and_a_surname_are_the_person_named_before() -> None:
    assert speakers_in(
        "„Wir haben sehr lange auf diesen Tag gewartet“, sagte Anna Berg.",
        "„Jetzt ist es endlich so weit“, sagte Frau Berg am Abend.",
        language="de",
    ) == ["Anna Berg", "Anna Berg"]
    assert speakers_in(
        "«Hemos esperado mucho tiempo este momento», dijo Ana Ruiz.",
        "«Ahora todo va bien por fin», añadió la señora Ruiz.",
        language="es",
    ) == ["Ana Ruiz", "Ana Ruiz"]
    assert speakers_in(
        "“Abbiamo aspettato a lungo questo momento”, ha detto Anna Rossi.",
        "“Adesso finalmente va tutto bene”, ha aggiunto la signora Rossi.",
        language="it",
    ) == ["Anna Rossi", "Anna Rossi"]
