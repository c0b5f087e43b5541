"""An office after "the" with its complement joined by "for" or "to", or with several complements ("the Minister
for Health said", "the Secretary of State for Wales said", "the Minister for Trade and Industry said") is a
description, no name: before, the last complement was read as a person ("Health", "Social Care") or as the role
alone ("Wales"). A name after the complement stays the holder ("the Minister for Roads Kwaku Mensah said").
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_office_for_a_department_is_a_description() -> None:
    assert said("“The clinics will open in March,” the Minister for Health said.", "en") == [
        (None, "the Minister for Health")
    ]


def test_an_office_with_two_complements() -> None:
    assert said("The Secretary of State for Wales said: “The funding is secure.”", "en") == [
        (None, "The Secretary of State for Wales")
    ]
    assert said("“The border is calm,” the Minister of State for Home Affairs said.", "en") == [
        (None, "the Minister of State for Home Affairs")
    ]


def test_a_complement_of_two_groups_joined_by_and() -> None:
    assert said("“Exports rose by a tenth,” the Minister for Trade and Industry said.", "en") == [
        (None, "the Minister for Trade and Industry")
    ]


def test_a_name_after_the_complement_is_the_holder() -> None:
    assert said("“The bridge will be rebuilt,” the Minister for Roads Kwaku Mensah said.", "en") == [
        ("Kwaku Mensah", "Minister for Roads")
    ]


def test_after_an_inverted_cue_the_office_with_its_complements() -> None:
    assert said("“The clinics will open in March,” said the Minister for Health.", "en") == [
        (None, "the Minister for Health")
    ]
    assert said("“The funding is secure,” said the Secretary of State for Wales.", "en") == [
        (None, "the Secretary of State for Wales")
    ]
    assert said("“Exports rose by a tenth,” said the Minister for Trade and Industry on Monday.", "en") == [
        (None, "the Minister for Trade and Industry")
    ]


def test_after_an_inverted_cue_a_name_after_the_complement_is_the_holder() -> None:
    assert said("“The bridge will be rebuilt,” said the Minister for Roads Kwaku Mensah.", "en") == [
        ("Kwaku Mensah", "Minister for Roads")
    ]
    assert said("“The talks went well,” said the Secretary of State Anne Holloway.", "en") == [
        ("Anne Holloway", "Secretary of State")
    ]
