"""The capital initials of an office a sentence opens with, set off by a comma before its holder's full name ("The
Municipal Chief Executive for Ejisu, Hon. Kwame Boateng, …"), stand for that holder later ("the MCE added"), the
complement left out or kept ("The Inspector General of Police, …": "the IGP"). Before, "the MCE" was a speaker of its
own. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_the_initials_without_the_complement() -> None:
    first = "The Municipal Chief Executive for Ejisu, Hon. Kwame Boateng, inspected the market on Monday."
    second = "“We have done our part,” the MCE added."
    assert speakers_in_en(first, second) == ["Kwame Boateng"]


def test_the_initials_with_the_complement() -> None:
    first = "The Inspector General of Police, Esther Mensah, visited the station on Monday."
    second = "“We are on alert,” the IGP said."
    assert speakers_in_en(first, second) == ["Esther Mensah"]


def test_the_initials_of_an_office_of_no_complement() -> None:
    first = "The National Security Adviser, Samuel Okon, spoke to reporters in Abuja."
    second = "“We are on alert,” the NSA said."
    assert speakers_in_en(first, second) == ["Samuel Okon"]


def test_other_initials_stay_apart() -> None:
    first = "The National Security Adviser, Samuel Okon, spoke to reporters in Abuja."
    second = "“We are on alert,” the MCE said."
    assert speakers_in_en(first, second) != ["Samuel Okon"]
