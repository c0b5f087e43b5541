"""A document "from" or "by" a body written in lower case after "according to" ("a statement from the county", "a
report by the county", "figures from the ministry") is the body's: the body is the source, the document only its
medium, as with a body of a capitalised name ("a statement from Acme Ltd"). Before, the role was the document ("a
statement"). A place that is no body ("a report from the scene") leaves the document. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_statement_from_the_county() -> None:
    text = "According to a statement from the county, the coast road will be closed until Friday."
    assert said_in_en(text) == [(None, "the county")]


def test_figures_from_the_ministry_closing_the_sentence() -> None:
    text = "The coast road will be closed until Friday, according to a statement from the ministry."
    assert said_in_en(text) == [("the ministry", None)]


def test_a_report_from_the_scene_keeps_the_document() -> None:
    text = "According to a report from the scene, the coast road will be closed until Friday."
    assert said_in_en(text) == [(None, "a report")]
