"""A style of address closing a role run right before a name ("Club chairman Alhaji Musa Danladi", "Party chairman
Chief Bisi Akande") is no part of the office a later "the chairman" names; the second word of a Malay title of two
words ("Dato' Sri") is no part of the name. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    ("run", "name", "role"),
    [
        ("Club chairman Alhaji Musa Danladi", "Musa Danladi", "Club chairman Alhaji"),
        ("Party chairman Chief Bisi Akande", "Bisi Akande", "Party chairman Chief"),
        ("Club chairman Dr Musa Danladi", "Musa Danladi", "Club chairman Dr"),
    ],
)
def test_the_office_without_the_style_names_the_person_later(run: str, name: str, role: str) -> None:
    assert said_in_en(
        f"{run} said the players would be paid by Friday.",
        "“We will not abandon them,” the chairman said.",
    ) == [(name, role), (name, role)]


def test_the_second_word_of_a_paired_malay_title_is_no_name() -> None:
    assert said_in_en("Dato' Sri Abang Iskandar said the court would sit on Monday.") == [
        ("Abang Iskandar", "Dato' Sri")
    ]
