"""A capitalised office of several words before "for" and its complement ("The Municipal Chief Executive for
Ejisu", "The District Chief Executive for Bosomtwe") is the office whole: the role is not cut to its last word and
the complement ("Executive for Ejisu"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_an_office_set_off_before_a_titled_name() -> None:
    text = "The Municipal Chief Executive for Ejisu, Hon. Kwame Boateng, said the market would reopen in June."
    assert said_in_en(text) == [("Kwame Boateng", "The Municipal Chief Executive for Ejisu")]


def test_an_office_set_off_before_a_name() -> None:
    text = "The District Chief Executive for Bosomtwe, Ama Serwaa, said the road to the lake would be fixed."
    assert said_in_en(text) == [("Ama Serwaa", "The District Chief Executive for Bosomtwe")]


def test_an_office_with_no_name_is_the_role() -> None:
    text = "The Chief Executive for Ejisu said the market would reopen in June."
    assert said_in_en(text) == [(None, "The Chief Executive for Ejisu")]


def test_a_lower_case_spokesman_keeps_his_modifiers() -> None:
    text = "A senior spokesman for Acme said the market would reopen in June."
    assert said_in_en(text) == [(None, "A senior spokesman for Acme")]
