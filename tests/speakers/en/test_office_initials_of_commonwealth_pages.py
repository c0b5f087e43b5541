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
