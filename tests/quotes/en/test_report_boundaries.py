"""English reported speech whose boundary or speaker another report or a name sets (session 42): made-up
sentences of shapes PolNeAR's train attributions showed cqnews reading wrong."""

from __future__ import annotations

from tests.quote_helpers import indirect_said


def test_a_semicolon_before_another_speaker_and_cue_ends_the_first_report() -> None:
    """ "X said A; Y said B": two reports, not one that holds the second speaker and cue. A semicolon with no
    new report after it stays inside the clause."""
    assert indirect_said("Mayor Ines Roth said the ferry would run on Sundays; Councillor Omar Vale said it would not.") == [
        ("the ferry would run on Sundays", "Ines Roth"),
        ("it would not", "Omar Vale"),
    ]
    assert indirect_said("Mayor Ines Roth said the ferry would run on Sundays; the buses will not.") == [
        ("the ferry would run on Sundays; the buses will not", "Ines Roth"),
    ]


def test_shares_of_a_poll_split_at_a_semicolon() -> None:
    assert indirect_said("Some 40 percent said they felt safer; 25 percent said they felt less safe.") == [
        ("they felt safer", None),
        ("they felt less safe", None),
    ]


def test_an_inverted_cue_before_a_name_and_its_role() -> None:
    """ "…, said Hugo Penn, director of …": the name after the cue speaks, and the clause before the comma is the
    report; a name inside that clause ("Millbrook") is not the speaker, nor is "Hugo Penn, director …" a report.
    A description after the cue is still the clause when a subject's aside ends before it."""
    assert indirect_said(
        "Grant lacks support among his neighbors in Millbrook, whom he has annoyed with his fences, "
        "said Hugo Penn, director of the Millbrook Civic Trust."
    ) == [("Grant lacks support among his neighbors in Millbrook, whom he has annoyed with his fences", "Hugo Penn")]
    assert indirect_said(
        "Judge Mara Lind, joined by two other judges, said the rule's text, its history and the old case make "
        "clear that the fee is lawful."
    ) == [("the rule's text, its history and the old case make clear that the fee is lawful", "Mara Lind")]


def test_a_cue_inside_a_relative_clause_after_and_starts_no_new_report() -> None:
    """ "X says the rise in fares and delays that Lee deplores also hurts trade": "and delays that Lee deplores" goes
    on with the subject of the reported clause (the cue is the verb of a relative clause), so the report runs to
    the end; "and" before a cue of its own still ends it."""
    assert indirect_said("Economist Ada Brook says the rise in fares and delays that Lee decries also hurts local trade.") == [
        ("the rise in fares and delays that Lee decries also hurts local trade", "Ada Brook"),
    ]
    assert indirect_said("Economist Ada Brook says fares will rise and later acknowledged that delays may grow.")[0] == (
        "fares will rise",
        "Ada Brook",
    )
