"""A role written before a courtesy title and the full name ("Headteacher Mrs Alison Brandreth said") keeps the
name known, so a later "Mrs Brandreth said" is the same person; before, the courtesy title inside the run ended it
and the later mention stood alone ("Brandreth"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import parsed_speakers


def test_headteacher_then_the_courtesy_title_and_surname() -> None:
    text = (
        "Headteacher Mrs Gwendolyn Tarrant said the pupils had raised £4,000 for the hospice. "
        "“They worked so hard for it,” Mrs Tarrant said."
    )
    assert parsed_speakers(text) == ["Gwendolyn Tarrant", "Gwendolyn Tarrant"]


def test_consultant_doctor_then_the_doctor_and_surname() -> None:
    text = (
        "Consultant Dr Piotr Wasilewski said the ward had been full all week. "
        "“We are asking people to stay away unless it is urgent,” Dr Wasilewski said."
    )
    assert parsed_speakers(text) == ["Piotr Wasilewski", "Piotr Wasilewski"]
