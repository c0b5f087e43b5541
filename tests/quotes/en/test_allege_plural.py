"""The plural present "allege" reports a clause as "alleges" and "alleged" do ("Prosecutors allege that …")."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_allege_that() -> None:
    assert reported("Prosecutors allege that the brothers sold forged permits.") == ["the brothers sold forged permits"]


def test_allege_without_that() -> None:
    assert reported("The tenants allege the landlord ignored the damp for years.") == [
        "the landlord ignored the damp for years"
    ]
