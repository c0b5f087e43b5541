"""Offices written as capital initials after a party or a ministry, before a name, on Irish and Kenyan pages:
"Labour TD Ann Roe" (a member of the Dáil, as "Labour MP Ann Roe"), "Health CS Tom Otieno" (a Kenyan cabinet
secretary, as "Karnataka CM Siddaramaiah") are the role, not part of the name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_member_of_the_dail() -> None:
    assert said_in_en(
        'Labour TD Niamh Brady said: "The hospital needs forty more beds before the winter."',
        '"Patients are waiting on trolleys," Deputy Brady said.',
    ) == [("Niamh Brady", "Labour TD"), ("Niamh Brady", "Deputy")]


def test_a_kenyan_cabinet_secretary() -> None:
    assert said_in_en(
        "Health CS Peter Mwangi said the clinics would open in March.",
        '"No mother should walk ten kilometres to give birth," Mwangi said.',
    )[-1] == ("Peter Mwangi", "Health CS")
