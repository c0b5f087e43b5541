"""English reported speech in the passive with an expletive "it" ("It was reported that …", "It has been
announced that …"): the clause is reported, and nobody is named ("It was" is no speaker). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(*paragraphs: str) -> list[tuple[str, bool]]:
    """(text, whether a speaker is given) of every indirect quote of the made-up paragraphs, in order."""
    found = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.text, q.speaker is not None) for q in found if q.kind is QuoteKind.INDIRECT]


def test_passive_report_names_nobody() -> None:
    assert _indirect("It was reported that the harbour master had stepped down.") == [
        ("the harbour master had stepped down", False)
    ]
    assert _indirect("It was thought that the ferry would be sold.") == [("the ferry would be sold", False)]


def test_passive_announcement_is_reported() -> None:
    assert _indirect("It has been announced that the cannery will close in May.") == [
        ("the cannery will close in May", False)
    ]


def test_expletive_passive_with_an_adverbial_before_that() -> None:
    assert _indirect("It was announced on Friday that the regatta would be moved to Cobh.") == [
        ("the regatta would be moved to Cobh", False)
    ]


def test_expletive_passive_with_a_bare_clause() -> None:
    assert _indirect("It is claimed the landlord ignored three warnings from the council.") == [
        ("the landlord ignored three warnings from the council", False)
    ]


def test_expletive_passive_with_nothing_after_reports_nothing() -> None:
    assert _indirect("It was announced in a short statement.") == []


def test_expletive_passive_with_an_irregular_past() -> None:
    assert _indirect("It is alleged the caretaker stole a generator from the depot.") == [
        ("the caretaker stole a generator from the depot", False)
    ]


def test_weak_cue_with_an_irregular_past_after_a_noun_subject() -> None:
    assert _indirect("Prosecutors alleged the clerk took the payments over two years.") == [
        ("the clerk took the payments over two years", True)
    ]


def test_irregular_past_without_an_object_reports_nothing_bare() -> None:
    assert _indirect("It was alleged the night before.") == []
