"""A document from a body in lower case joined by "of" to a name ("a statement from the office of Governor Ann
Cole") is the body's, as "according to the office of Governor Ann Cole" is: before, the role was the document ("a
statement") and the office and its holder dropped out. Made-up sentences in the shape of Nigerian state reports."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_according_to_a_statement_from_the_office_of_a_governor() -> None:
    text = "According to a statement from the office of Governor Ann Okoro, the bridge will be shut for repairs."
    assert said_in_en(text) == [("the office of Governor Ann Okoro", None)]


def test_the_same_closing_the_sentence() -> None:
    text = "The bridge will be shut for two weeks, according to a statement from the office of Governor Ann Okoro."
    assert said_in_en(text) == [("the office of Governor Ann Okoro", None)]


def test_the_office_alone_reads_as_before() -> None:
    text = "The bridge will be shut for two weeks, according to the office of Governor Ann Okoro."
    assert said_in_en(text) == [("the office of Governor Ann Okoro", None)]


def test_a_report_from_the_scene_keeps_the_document() -> None:
    text = "According to a report from the scene of the crash, the bridge will be shut for two weeks."
    assert said_in_en(text) == [(None, "a report")]
