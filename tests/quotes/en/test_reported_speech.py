"""English reported speech: shapes PolNeAR's attributions showed cqnews missing, each
written as a made-up sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(text, speaker name) of every indirect quote of the made-up paragraphs, in order."""
    found = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind is QuoteKind.INDIRECT]


def test_suggested_reports_a_clause_without_that() -> None:
    """ "suggested" + a subject and a modal: the proposal is reported, as "suggested that" is."""
    assert _indirect("Mayor Ines Varga suggested the town should close the old ferry pier.") == [
        ("the town should close the old ferry pier", "Ines Varga")
    ]



@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Nadia Holm asked the council to delay the vote on the ferry.", "the council to delay the vote on the ferry"),
        ("Nadia Holm asked Ravi and Oskar to search their old e-mails.", "Ravi and Oskar to search their old e-mails"),
    ],
)
def test_asked_with_a_listener_and_an_infinitive_reports_the_request(text: str, report: str) -> None:
    """ "asked <listener> to <verb>" is a request, reported as "urged" reports one (with its listener)."""
    assert _indirect(text) == [(report, "Nadia Holm")]


def test_a_title_case_headline_reports_after_its_capitalised_cue() -> None:
    """ "X Says Y" in a title-case line: the cue is capitalised like every word, and ends the speaker's name."""
    assert _indirect("Mayor Ines Varga Says The Old Ferry Pier Will Close.") == [("The Old Ferry Pier Will Close", "Ines Varga")]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("Sen. Ravi Tamm (Tex.) has said that he would cut the ferry tax.", "he would cut the ferry tax", "Ravi Tamm"),
        ("Ravi Tamm — a teacher from Hull — says he made a late decision to vote.", "he made a late decision to vote",
         "Ravi Tamm"),
        ("Sen. Ravi Tamm (D-Ore.), said on Tuesday that he had not read the plan.", "he had not read the plan",
         "Ravi Tamm"),
    ],
)
def test_the_subject_stands_before_an_aside_in_parentheses_or_dashes(text: str, report: str, speaker: str) -> None:
    assert _indirect(text) == [(report, speaker)]


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Several said they would rather pay the ferry tax.", "they would rather pay the ferry tax"),
        ("Two in three said they are less likely to vote in May.", "they are less likely to vote in May"),
        ("All but two said the council should take up the matter.", "the council should take up the matter"),
    ],
)
def test_people_counted_not_named_report(text: str, report: str) -> None:
    """A count is the subject ("Several", "Two in three"): the clause is reported, by nobody named."""
    assert _indirect(text) == [(report, None)]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("But according to Ola Brandt, the ferry will close in May.", "the ferry will close in May", "Ola Brandt"),
        ("(According to Ola Brandt, the ferry keeps no records.)", "the ferry keeps no records", "Ola Brandt"),
    ],
)
def test_according_to_after_a_conjunction_or_a_parenthesis_opens_the_sentence(
    text: str, report: str, speaker: str
) -> None:
    assert _indirect(text) == [(report, speaker)]


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Ola Brandt to Harbour Parents: The new ferry tax will fail.", "The new ferry tax will fail"),
        ("Ola Brandt on the Harbour Budget Vote: The Ferry Plan Is Dead.", "The Ferry Plan Is Dead"),
    ],
)
def test_a_headline_label_with_what_or_whom_it_is_about(text: str, report: str) -> None:
    """ "Lee on the Budget: …", "Lee to Parents: …": the name before "on"/"to" is the label's speaker."""
    assert _indirect(text) == [(report, "Ola Brandt")]


def test_told_a_listener_this_and_a_verb() -> None:
    """ "told reporters this was …": "this" with a verb opens the clause; it is no time ("this week")."""
    assert _indirect("Ola Brandt told reporters this was the last chance to save the ferry.") == [
        ("this was the last chance to save the ferry", "Ola Brandt")
    ]


def test_told_an_outlet_named_with_its_place() -> None:
    """ "told the Star-Ledger of Newark last week she …": "of" and a place are part of the listener's name."""
    assert _indirect("Ola Brandt told the Harbour Courier of Hull last week she would vote for Lee.") == [
        ("she would vote for Lee", "Ola Brandt")
    ]


def test_as_x_reported_then_a_clause_opened_by_a_name() -> None:
    assert _indirect("As the Harbour Courier reported, Ola Brandt was also accused of hiding the accounts.") == [
        ("Ola Brandt was also accused of hiding the accounts", "the Harbour Courier")
    ]


def test_a_weak_cue_with_an_auxiliary_contracted_onto_the_pronoun() -> None:
    """ "suggested she'll turn …": the contracted auxiliary is the finite verb a bare clause needs."""
    assert _indirect("Ola Brandt suggested she'll turn to the harbour board for advice.") == [
        ("she'll turn to the harbour board for advice", "Ola Brandt")
    ]


def test_a_sentence_in_parentheses_leaves_its_opening_mark_out_of_the_clause() -> None:
    assert _indirect("(The ferry is a big draw for tourists, Ola Brandt said.)") == [
        ("The ferry is a big draw for tourists", "Ola Brandt")
    ]
