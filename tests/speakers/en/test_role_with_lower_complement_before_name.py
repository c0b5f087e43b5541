"""A role joined by "for" or "to" to a lower-case complement right before a name ("Lawyer for the family Emmanuel
Ochieng", "A spokesman for the family Tom Reed") is the person's role whole; a title opening the name after a
participle's or a preposition's phrase ("Speaking after the game Coach Ahmed Salah") is the role alone; "Forum" ends
a body's name ("the Nigerian Governors' Forum"). Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in_en


@pytest.mark.parametrize(
    ("opening", "name", "role"),
    [
        ("Lawyer for the family Emmanuel Ochieng", "Emmanuel Ochieng", "Lawyer for the family"),
        ("A spokesman for the family Tom Reed", "Tom Reed", "spokesman for the family"),
        ("Speaking after the game Coach Ahmed Salah", "Ahmed Salah", "Coach"),
        ("The head of the clinic Ama Mensah", "Ama Mensah", "head of the clinic"),
        (
            "The chairman of the Nigerian Governors' Forum, Aminu Tambuwal,",
            "Aminu Tambuwal",
            "The chairman of the Nigerian Governors' Forum",
        ),
    ],
)
def test_the_role_before_the_name(opening: str, name: str, role: str) -> None:
    assert said_in_en(f"{opening} said the appeal would be filed within a week.") == [(name, role)]


def test_a_complement_that_is_a_title_keeps_its_name() -> None:
    assert said_in_en("The spokesperson for the minister Ann Cole said the plan was ready.")[0][0] == "Ann Cole"


def test_a_preposition_of_two_words_is_no_role() -> None:
    # "prior" is also a title (a prior of an abbey): with "to" after it, it opens a preposition
    said = said_in_en("Prior to launch Anna Reed said the service would resume within a week.")
    assert said and said[0][1] is None
