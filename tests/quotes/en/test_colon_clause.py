"""A clause in lower case after a cue's colon is the report ("said: the pipes will be replaced …"), with no quote
marks; a list of nouns after the colon is none."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_a_lower_case_clause_after_the_colon() -> None:
    assert reported_said("A water board spokesman said: the pipes will be replaced by August.") == [
        ("the pipes will be replaced by August", None, "A water board spokesman")
    ]


def test_a_bare_noun_subject_after_the_colon() -> None:
    assert reported_said("Ruth Okafor said: trade has never been slower.") == [
        ("trade has never been slower", "Ruth Okafor", None)
    ]


def test_there_after_the_colon() -> None:
    assert [t for t, _, _ in reported_said("The treasurer added: there is no money left for repairs.")] == [
        "there is no money left for repairs"
    ]


def test_a_list_after_the_colon_is_no_report() -> None:
    assert reported_said("The minister said: roads, clinics and schools.") == []
