"""A courtesy title without its full stop ("Ms Li", "Dr Wang") is the name's own title, as "Mr. Li" is, so the
apposition after the name is kept in the role. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_inverted_cue_keeps_the_apposition_after_ms() -> None:
    assert said('"The exam was hard," said Ms Zhou, a student from Leeds University.', "en") == [
        ("Zhou", "Ms, a student from Leeds University")
    ]


def test_dr_and_mrs_without_a_stop_keep_it_too() -> None:
    assert said('"The ward is full," said Dr Wang, a nurse at the city hospital.', "en") == [
        ("Wang", "Dr, a nurse at the city hospital")
    ]
    assert said('"The ward is full," said Mrs Patel, a nurse at the city hospital.', "en") == [
        ("Patel", "Mrs, a nurse at the city hospital")
    ]


def test_a_title_alone_before_the_name_stays_the_role() -> None:
    assert said('"The ward is full," said Mrs Patel.', "en") == [("Patel", "Mrs")]


def test_the_title_and_a_description_set_off_before_the_cue_join_in_the_order_written() -> None:
    """The convention (docs/quotes.md): the courtesy title, then the description set off after the name, joined by
    a comma; an age or a relative clause set off is no description. Made-up sentences in the shape of Kenyan
    pages."""
    assert said("Mr Kamau, a boda boda rider, said fuel had doubled in a month.", "en") == [
        ("Kamau", "Mr, a boda boda rider")
    ]
    assert said("Mrs Wanjiru, 45, said fuel had doubled in a month.", "en") == [("Wanjiru", "Mrs")]
    assert said("Mrs Wanjiru, who runs a kiosk, said fuel had doubled in a month.", "en") == [("Wanjiru", "Mrs")]
