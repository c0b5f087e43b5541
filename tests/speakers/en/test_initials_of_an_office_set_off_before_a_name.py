"""The capital initials of an office a sentence opens with, set off by a comma before its holder's full name ("The
Municipal Chief Executive for Ejisu, Hon. Kwame Boateng, …"), stand for that holder later ("the MCE added"), the
complement left out or kept ("The Inspector General of Police, …": "the IGP"). Before, "the MCE" was a speaker of its
own. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers_in_en


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        (
            "The Municipal Chief Executive for Ejisu, Hon. Kwame Boateng, inspected the market on Monday.",
            "“We have done our part,” the MCE added.",
            "Kwame Boateng",
        ),
        (
            "The Inspector General of Police, Esther Mensah, visited the station on Monday.",
            "“We are on alert,” the IGP said.",
            "Esther Mensah",
        ),
        (
            "The National Security Adviser, Samuel Okon, spoke to reporters in Abuja.",
            "“We are on alert,” the NSA said.",
            "Samuel Okon",
        ),
    ],
    ids=["without-the-complement", "with-the-complement", "office-of-no-complement"],
)
def test_the_initials_stand_for_the_holder(first: str, second: str, speaker: str) -> None:
    assert speakers_in_en(first, second) == [speaker]


def test_other_initials_stay_apart() -> None:
    first = "The National Security Adviser, Samuel Okon, spoke to reporters in Abuja."
    second = "“We are on alert,” the MCE said."
    assert speakers_in_en(first, second) != ["Samuel Okon"]
