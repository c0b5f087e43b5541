"""A relative clause set off by commas between the subject and the cue ("The bank, which has 40 branches, said …")
is an aside on the subject: the cue is not inverted (the words after it are the report, not a speaker), and no word
of the aside ("employs 2" of "employs 2,000 people") is the speaker. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_aside_with_a_verb_then_a_bare_clause_is_no_inverted_cue() -> None:
    text = "The bank, which has 40 branches in Kenya, said profits rose by 12 per cent."
    assert reported_said(text) == [("profits rose by 12 per cent", None, "The bank")]


def test_aside_of_one_verb_and_a_place() -> None:
    text = "The cooperative, which operates in Kisumu, said yields fell sharply this season."
    assert reported_said(text) == [("yields fell sharply this season", None, "The cooperative")]


def test_number_with_a_thousands_comma_stays_in_the_aside() -> None:
    text = "The mill, which employs 2,000 people in Ohio, said it would cut 300 jobs."
    assert reported_said(text) == [("it would cut 300 jobs", None, "The mill")]


def test_larger_count_in_the_aside() -> None:
    text = "The association, which represents 1,200 growers, said prices had collapsed."
    assert reported_said(text) == [("prices had collapsed", None, "The association")]


def test_named_subject_with_an_aside_keeps_its_name() -> None:
    text = "Ruth Mbeki, who has run the bakery for 20 years, said trade had never been slower."
    assert reported_said(text) == [("trade had never been slower", "Ruth Mbeki", None)]


def test_clause_closed_by_a_cue_after_a_relative_is_still_the_report() -> None:
    text = "The blaze, which started in a kitchen, destroyed two homes, the fire service said."
    assert reported_said(text) == [
        ("The blaze, which started in a kitchen, destroyed two homes", None, "the fire service")
    ]
