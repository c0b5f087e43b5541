"""A name with a relative clause set off by commas whose verb is a cue with a plain noun object, then the main cue
("The warden, Ms Ama Boateng, who confirmed the fire, said …"): the noun is the thing confirmed or denied, no report;
the name speaks in the main clause only. A relative whose object is a clause (a subject and its verb) still reports."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_confirmed_a_noun_then_said() -> None:
    assert reported_said(
        "The fire warden, Ms Ama Boateng, who confirmed the blaze, said two stalls had been destroyed."
    ) == [("two stalls had been destroyed", "Ama Boateng", "Ms")]


def test_denied_a_plural_noun_then_said() -> None:
    assert reported_said("Mr Otieno, who denied the accusations, said he would clear his name.") == [
        ("he would clear his name", "Otieno", "Mr")
    ]


def test_confirmed_a_noun_and_a_time_then_told() -> None:
    assert reported_said(
        "Inspector Musa Garba, who confirmed the raid on Sunday, told reporters that six men were held."
    ) == [("six men were held", "Musa Garba", "Inspector")]


def test_a_clause_in_the_relative_still_reports() -> None:
    assert [q[0] for q in reported_said("Mr Njenga, who claimed the plot was his, said he would sue.")] == [
        "the plot was his",
        "he would sue",
    ]
