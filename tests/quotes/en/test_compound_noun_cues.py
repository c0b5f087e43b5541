"""A cue word that is half of a compound noun ("think tank", "pledged delegates") or of a phrasal verb of no
speech ("added up to") or of an idiom ("easier said than done") reports nothing."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_think_tank_after_a_closing_cue_reports_nothing_more() -> None:
    text = "The levy will hurt small farms, said Dora Vance, a fellow at the Moorland Trust, a rural think tank."
    assert quotes_found(text) == [("indirect", "The levy will hurt small farms", "Dora Vance")]



def test_pledged_delegates_report_nothing() -> None:
    assert quotes_found("Marlow won more states and more pledged delegates, but Ruiz has the momentum.") == []


def test_added_up_to_reports_nothing() -> None:
    assert quotes_found("The delays at the depot added up to a week of missed deliveries.") == []


def test_easier_said_than_done_reports_nothing() -> None:
    assert quotes_found("Closing the depot is easier said than done in a town with so few jobs.") == []
