"""A bare noun of a tie to another person after the cue ("said neighbour Peter Walsh", "said friend Anna Kerr")
is the role of the name after it, as "his son Michael said" is: the name speaks. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_neighbour_before_a_full_name() -> None:
    assert said("“The smoke woke the whole street,” said neighbour Gareth Pryce.", "en") == [
        ("Gareth Pryce", "neighbour")
    ]


def test_friend_and_colleague_before_a_full_name() -> None:
    assert said("“She never gave up,” said friend Delia Marsh.", "en") == [("Delia Marsh", "friend")]
    assert said("“He trained every morning,” said colleague Ivan Petrov.", "en") == [("Ivan Petrov", "colleague")]


def test_an_owned_tie_noun_still_reads_as_before() -> None:
    assert said("“He loved that dog,” said his cousin Fiona Reid.", "en") == [("Fiona Reid", "his cousin")]
