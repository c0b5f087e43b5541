"""The plural present "allege" reports a clause as "alleges" and "alleged" do ("Prosecutors allege that …"), and a
noun object no more than they do ("allege negligence")."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_allege_that() -> None:
    assert reported("Prosecutors allege that the brothers sold forged permits.") == ["the brothers sold forged permits"]


def test_allege_without_that() -> None:
    assert reported("The tenants allege the landlord ignored the damp for years.") == [
        "the landlord ignored the damp for years"
    ]


def test_allege_a_noun_object_is_no_report_as_alleges() -> None:
    """(a charge named, not words reported: "allege" reads its object as "alleges" and "alleged" do)"""
    assert reported("Residents allege negligence by the water board.") == []
    assert reported("The lawsuit alleges negligence by the water board.") == []
