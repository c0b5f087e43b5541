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


def test_a_holder_represented_by_a_titled_office_with_a_complement() -> None:
    """ "The President, represented by the Secretary to the Government, Ann Obi, said": a capitalised office with
    its complement after "by" is read by the title-with-complement path, which kept "represented by …" in the role."""
    assert said_in_en(
        "The President, represented by the Secretary to the Government, Ann Obi, said the grant would be paid in May."
    ) == [("Ann Obi", "the Secretary to the Government")]
    assert said_in_en(
        "The governor, who was represented by the Commissioner for Health, Dr Ann Obi, said the clinic would open."
    ) == [("Ann Obi", "the Commissioner for Health")]


def test_a_titled_office_with_a_complement_not_represented_keeps_its_article() -> None:
    assert said_in_en("The Secretary to the Government, Ann Obi, said the grant would be paid in May.") == [
        ("Ann Obi", "The Secretary to the Government")
    ]
