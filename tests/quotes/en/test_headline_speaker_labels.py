"""English headline claims under a speaker label ("Name: claim")."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind, QuoteKind
from tests.quote_helpers import indirect_said


def test_a_name_and_colon_report_a_headline_claim() -> None:
    found = indirect_said("Maria Lopez: The New Bridge Will Open Before Winter")
    assert found == [("The New Bridge Will Open Before Winter", "Maria Lopez")]


def test_a_one_sentence_block_with_a_full_stop_is_a_claim() -> None:
    found = indirect_said("Senator Tom Reed: the harbour plan is a waste of money.")
    assert found == [("the harbour plan is a waste of money", "Tom Reed")]


def test_a_section_label_reports_nothing() -> None:
    assert indirect_said("Update: The New Bridge Will Open Before Winter") == []
    assert indirect_said("Read More: Why the New Bridge Will Open Before Winter") == []


def test_a_label_in_capitals_reports_nothing() -> None:
    # A dateline reads like a transcript turn.
    assert indirect_said("LONDON: The new bridge will open before winter") == []


def test_a_label_over_several_sentences_reports_nothing() -> None:
    text = "Maria Lopez: Budget cuts. The new bridge will open before winter, and the old one will close."
    assert indirect_said(text) == []


def test_a_lower_case_lead_in_is_no_label() -> None:
    assert indirect_said("The plan did something the mayor wanted: it moved the bus depot out of town.") == []


def test_a_kicker_label_reports_nothing() -> None:
    assert indirect_said("The Latest: Mayor Opens the New Bridge Before Winter") == []


def test_a_list_of_names_after_a_label_is_no_claim() -> None:
    assert indirect_said("Ohio Committee: Ann Lee, Tom Ray, Jo Kim, Bo Dean and Al Fox") == []


def test_a_label_before_the_whole_quote_leaves_the_direct_quote_alone() -> None:
    quotes = find_quotes([Block(text="Maria Lopez: “The new bridge will open before winter.”")], "en")
    assert [q.kind for q in quotes] == [QuoteKind.DIRECT]


def _indirect_in(texts: list[str]) -> list[tuple[str, str | None]]:
    quotes = find_quotes([Block(text=t, kind=BlockKind.LIST_ITEM) for t in texts], "en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind is QuoteKind.INDIRECT]


def test_a_spec_list_line_after_a_key_value_line_is_no_claim() -> None:
    # A tent's fact box: "Shell" is a key, not a speaker, and its value no claim.
    texts = ["The tent kept us dry all week.", "Packed weight: 4 pounds", "Shell: Ripstop Nylon With Silicone Coating"]
    assert _indirect_in(texts) == []


def test_a_claim_after_a_long_line_with_a_colon_is_still_a_claim() -> None:
    texts = [
        "Maria Lopez spoke at the hearing on Tuesday about the harbour plan: she called it a waste.",
        "Maria Lopez: The New Bridge Will Open Before Winter",
    ]
    assert ("The New Bridge Will Open Before Winter", "Maria Lopez") in _indirect_in(texts)
