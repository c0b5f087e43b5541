"""English reported speech: a weak cue with a bare clause ("reported she was"), a report
joined by ", adding that", a quote credited to "it", and an acronym defined in parentheses."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _quotes(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of every quote of the made-up paragraphs, in order."""
    found = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in found]


def _indirect(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(t, s) for k, t, s in _quotes(*paragraphs) if k == QuoteKind.INDIRECT.value]


# A: a weak cue reports a clause without "that" when a subject and its auxiliary follow it.
def test_a_weak_cue_with_a_subject_and_auxiliary_reports_a_clause() -> None:
    assert _indirect("The Daily Courier has reported she was born in a small fishing town.") == [
        ("she was born in a small fishing town", "The Daily Courier")
    ]


def test_a_weak_cue_with_a_noun_phrase_subject_reports_a_clause() -> None:
    found = _indirect("In May, an internal audit found more staff may be needed in the northern offices.")
    assert [t for t, _ in found] == ["more staff may be needed in the northern offices"]


def test_a_weak_cue_with_an_object_reports_nothing() -> None:
    assert _indirect("The bakery reported a loss of two million dollars last year.") == []


def test_belief_without_that_is_no_report() -> None:
    assert _indirect("The neighbours think they are helping the family by staying away.") == []


# B: "it" names a body or a document, never a person a later "she" can stand for.
def test_a_quote_credited_to_it_leaves_she_to_the_person() -> None:
    found = _quotes(
        "Mara Lind grew up in the north. The Valley Gazette has reported she loved jazz records.",
        "It suggests her favourite song was “Blue Harbour.” “I played it every night,” she wrote.",
    )
    assert found[-1] == ("direct", "I played it every night,", "Mara Lind")



# F: ", adding that …" ends the clause before it and reports its own, by the same speaker.
def test_adding_that_splits_two_reports_of_one_speaker() -> None:
    text = "Mayor Tom Ruiz argued that the bridge was unsafe, adding that repairs would take a year."
    assert _indirect(text) == [
        ("the bridge was unsafe", "Tom Ruiz"),
        ("repairs would take a year", "Tom Ruiz"),
    ]


# P, Q: an acronym defined in parentheses after a name stands for that name.
def test_an_acronym_defined_before_names_the_body() -> None:
    found = _indirect(
        "The Northern Rail Authority (NRA) said the line would reopen in May.",
        "NRA said the repairs were going well.",
        "In April, an internal NRA review found more trains may be needed on weekends.",
    )
    assert [s for _, s in found][1:] == ["Northern Rail Authority", "Northern Rail Authority"]


def test_initials_that_do_not_spell_the_acronym_name_nobody() -> None:
    found = _indirect("The Northern Rail Authority (XYZ) said the line would reopen.", "XYZ said the works were over.")
    assert found[-1] == ("the works were over", "XYZ")
