"""A capitalised plural of a source noun opening the sentence ("Attorneys for the mayor … said") is an
unnamed source, never a name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_attorneys_for_someone_are_unnamed() -> None:
    text = "Attorneys for the mayor appeared to oppose the effort, saying the account “has never been the city’s.”"
    assert {name for name, _ in said(text, "en")} == {None}
