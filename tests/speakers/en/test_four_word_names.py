"""A given name alone stands for a full name of four words besides particles (English).

Found by benchmarks/speaker_invariance.py (Spanish names swapped in): two given names and two surnames
("Luisa Fernanda Ortega de la Rosa") were cut at three words when the given name alone named the speaker
("Luisa said" -> "Luisa Fernanda Ortega"). Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_given_name_alone_after_a_spanish_name_of_four_words() -> None:
    assert speakers_in(
        "Luisa Fernanda Ortega de la Rosa spoke on Monday.",
        "“Naw, I’m just playing!” Luisa said.",
        language="en",
    ) == ["Luisa Fernanda Ortega de la Rosa"]


def test_a_given_name_alone_after_a_double_surname_without_particles() -> None:
    assert speakers_in(
        "Diego Tomás Herrera Gil runs the harbour office.",
        "“The boats leave at dawn,” Diego said.",
        language="en",
    ) == ["Diego Tomás Herrera Gil"]
