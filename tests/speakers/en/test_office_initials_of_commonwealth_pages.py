"""Offices written as capital initials on Kenyan, Ghanaian, Pakistani and South African pages ("Ward MCA", "OCPD",
"OCS", "MCE", "MNA") before a name are its title, not the first words of the name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_county_assembly_member_before_a_name() -> None:
    assert said_in_en("Ward MCA Joshua Otieno said: “The road has been impassable for months.”") == [
        ("Joshua Otieno", "Ward MCA")
    ]


def test_police_commander_before_a_name() -> None:
    assert said_in_en("“Two suspects are in custody,” Kisumu Central OCPD Wilson Kiprop said.") == [
        ("Wilson Kiprop", "Kisumu Central OCPD")
    ]


def test_municipal_chief_executive_before_a_name() -> None:
    assert said_in_en("Ejisu MCE Kwabena Asante said: “The market will reopen on Friday.”") == [
        ("Kwabena Asante", "Ejisu MCE")
    ]


def test_the_initials_alone_after_the_named_holder_stand_for_the_holder() -> None:
    assert said_in_en(
        "Energy CS Ruth Wanjiku toured the dam on Friday.",
        '"Power rationing will end this month," the CS said.',
    ) == [("Ruth Wanjiku", "the CS")]


def test_initials_of_a_local_officer_after_the_named_holder_stand_for_the_holder() -> None:
    assert said_in_en(
        "Ejura MCE Kofi Adu inspected the drains.",
        '"The contractor must finish before the rains," said the MCE.',
    ) == [("Kofi Adu", "the MCE")]


def test_initials_after_the_with_no_holder_named_stay_a_body() -> None:
    assert said_in_en('"The budget is a disgrace," the DA said in a statement.') == [("the DA", None)]
