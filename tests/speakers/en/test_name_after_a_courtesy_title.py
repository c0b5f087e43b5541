"""After a courtesy title ("Dr", "Mr", "Mrs") the person's name follows: its first word is no noun of a person
even when it ends like one ("Kalwinder", "Jasvinder" end in -er), so "Dr Kalwinder Singh Khaira" is the whole
name, not "Singh Khaira" described by "Dr Kalwinder". A noun opening a run with no title before it stays a
description ("Neighbour Ayodele Bankole Ade"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said, said_in_en


def test_given_name_ending_in_er_after_dr_before_the_cue() -> None:
    text = "Dr Kalwinder Singh Khaira said: “Children and the elderly are most at risk.”"
    assert said(text, "en") == [("Kalwinder Singh Khaira", "Dr")]


def test_given_name_ending_in_er_after_dr_after_the_cue() -> None:
    text = "“The clinic will open on Monday,” said Dr Jasvinder Kaur Gill."
    assert said(text, "en") == [("Jasvinder Kaur Gill", "Dr")]


def test_given_name_ending_in_er_after_a_role_and_mr() -> None:
    text = "District health officer Mr Harvinder Singh Bains said: “We have enough beds.”"
    assert said(text, "en") == [("Harvinder Singh Bains", "District health officer Mr")]


def test_noun_opening_a_run_with_no_title_stays_a_description() -> None:
    text = "Neighbour Ayodele Bankole Ade said: “The gate was left open.”"
    assert said(text, "en") == [("Ayodele Bankole Ade", "Neighbour")]


def test_name_after_dr_registered_before_any_quote() -> None:
    assert said_in_en(
        "Dr Kalwinder Singh Khaira visited the flooded clinic on Monday.",
        "“Children and the elderly are most at risk,” Dr Khaira said.",
    ) == [("Kalwinder Singh Khaira", "Dr")]
