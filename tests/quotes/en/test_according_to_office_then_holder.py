""""According to <an office>, <its holder's name>, <clause>": the holder's name, titles and initials with it, is set
off by commas and is no part of the report ("According to the chairman of the market board, Hon. Ade Bello, the
stalls will be moved" reports "the stalls will be moved")."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_titled_holder_after_an_office() -> None:
    assert reported(
        "According to the chairman of the market board, Hon. Ade Bello, the stalls will be moved in May."
    ) == ["the stalls will be moved in May"]


def test_a_rank_before_the_holder() -> None:
    assert reported("According to the spokesperson of the division, DSP Uche Nwosu, the convoy was ambushed.") == [
        "the convoy was ambushed"
    ]


def test_a_holder_without_a_title() -> None:
    assert reported("According to the head teacher, Grace Adjei, the pupils were sent home.") == [
        "the pupils were sent home"
    ]


def test_a_name_as_the_reports_subject_stays() -> None:
    assert reported("According to the ministry, New Delhi will host the talks.") == ["New Delhi will host the talks"]


def test_a_list_of_names_stays() -> None:
    assert reported("According to the report, Kenya, Uganda and Tanzania will share the costs.") == [
        "Kenya, Uganda and Tanzania will share the costs"
    ]
