"""A document set off in commas of its own and signed or issued by a person named after ("The statement, signed by
the party's publicity secretary, Debo Ologunagba, said") gives that person the role of the words after "by" ("the
party's publicity secretary"), as "A statement signed by its spokesman, Dr Ade Musa, said" did: the role held
"signed by …". Made-up sentences in the shape of Nigerian party and union statements."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_statement_in_commas_signed_by_a_secretary() -> None:
    assert said_in_en(
        "The statement, signed by the party's publicity secretary, Debo Ologunagba, said the poll was rigged."
    ) == [("Debo Ologunagba", "the party's publicity secretary")]


def test_a_communique_in_commas_issued_by_a_secretary() -> None:
    assert said_in_en(
        "The communique, issued by the union's general secretary, Ann Obi, said the strike would go on."
    ) == [("Ann Obi", "the union's general secretary")]


def test_a_statement_signed_by_without_its_own_commas() -> None:
    assert said_in_en("A statement signed by its spokesman, Dr Ade Musa, said the strike would go on.") == [
        ("Ade Musa", "its spokesman")
    ]


def test_a_holder_represented_by_a_deputy() -> None:
    """ "The governor, represented by his deputy, Dr Ann Obi, said": the deputy named after speaks, the words after
    "by" her role (the role held "represented by his deputy")."""
    assert said_in_en(
        "The governor, represented by his deputy, Dr Ann Obi, said the state would fund the new clinic."
    ) == [("Ann Obi", "his deputy")]
