"""After an inverted cue, an owner's description and a full name set off by a comma ("said his daughter, Ann
Hale", "said her lawyer, Tom Reed") name the person; the description is the role. A kin noun is a person noun
here as an office is. A given name alone stays out (no full name). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_kin_noun_with_an_owner_then_full_name() -> None:
    assert said("“She never missed a match,” said her son, Owen Parry.", "en") == [("Owen Parry", "her son")]


def test_kin_noun_with_an_article_then_full_name() -> None:
    assert said("“He fed every stray cat,” said the granddaughter, Mia Lowry.", "en") == [
        ("Mia Lowry", "the granddaughter")
    ]


def test_office_with_an_owner_then_full_name_after_a_report() -> None:
    assert said("The charges will be dropped, said his lawyer, Dana Whitcombe.", "en") == [
        ("Dana Whitcombe", "his lawyer")
    ]


def test_given_name_alone_is_no_full_name() -> None:
    assert said("“He loved the sea,” said his widow, Marge.", "en") == [(None, "his widow")]


def test_tie_noun_other_than_kin_then_full_name() -> None:
    """A neighbour or a friend is a role noun here as a relative is, as before a name ("neighbour Owen Parry")."""
    assert said("“She never missed a match,” said her neighbour, Owen Parry.", "en") == [("Owen Parry", "her neighbour")]
    assert said("“She never missed a match,” said his longtime friend, Owen Parry.", "en") == [
        ("Owen Parry", "his longtime friend")
    ]
