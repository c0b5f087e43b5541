"""English reported speech: shapes of reports after a cue, each written as a made-up sentence.

English reported speech: shapes PolNeAR's attributions showed cqnews missing, each
written as a made-up sentence.

English reported speech: a weak cue with a bare clause ("reported she was"), a report
joined by ", adding that", a quote credited to "it", and an acronym defined in parentheses.

English reported clauses after a cue (made-up sentences).
"""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import indirect_said, reported


def test_suggested_reports_a_clause_without_that() -> None:
    """ "suggested" + a subject and a modal: the proposal is reported, as "suggested that" is."""
    assert indirect_said("Mayor Ines Varga suggested the town should close the old ferry pier.") == [
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
    assert indirect_said(text) == [(report, "Nadia Holm")]


def test_a_title_case_headline_reports_after_its_capitalised_cue() -> None:
    """ "X Says Y" in a title-case line: the cue is capitalised like every word, and ends the speaker's name."""
    assert indirect_said("Mayor Ines Varga Says The Old Ferry Pier Will Close.") == [("The Old Ferry Pier Will Close", "Ines Varga")]


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
    assert indirect_said(text) == [(report, speaker)]


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
    assert indirect_said(text) == [(report, None)]


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
    assert indirect_said(text) == [(report, speaker)]


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Ola Brandt to Harbour Parents: The new ferry tax will fail.", "The new ferry tax will fail"),
        ("Ola Brandt on the Harbour Budget Vote: The Ferry Plan Is Dead.", "The Ferry Plan Is Dead"),
    ],
)
def test_a_headline_label_with_what_or_whom_it_is_about(text: str, report: str) -> None:
    """ "Lee on the Budget: …", "Lee to Parents: …": the name before "on"/"to" is the label's speaker."""
    assert indirect_said(text) == [(report, "Ola Brandt")]


def test_told_a_listener_this_and_a_verb() -> None:
    """ "told reporters this was …": "this" with a verb opens the clause; it is no time ("this week")."""
    assert indirect_said("Ola Brandt told reporters this was the last chance to save the ferry.") == [
        ("this was the last chance to save the ferry", "Ola Brandt")
    ]


def test_told_an_outlet_named_with_its_place() -> None:
    """ "told the Star-Ledger of Newark last week she …": "of" and a place are part of the listener's name."""
    assert indirect_said("Ola Brandt told the Harbour Courier of Hull last week she would vote for Lee.") == [
        ("she would vote for Lee", "Ola Brandt")
    ]


def test_as_x_reported_then_a_clause_opened_by_a_name() -> None:
    assert indirect_said("As the Harbour Courier reported, Ola Brandt was also accused of hiding the accounts.") == [
        ("Ola Brandt was also accused of hiding the accounts", "the Harbour Courier")
    ]


def test_a_weak_cue_with_an_auxiliary_contracted_onto_the_pronoun() -> None:
    """ "suggested she'll turn …": the contracted auxiliary is the finite verb a bare clause needs."""
    assert indirect_said("Ola Brandt suggested she'll turn to the harbour board for advice.") == [
        ("she'll turn to the harbour board for advice", "Ola Brandt")
    ]


def test_a_sentence_in_parentheses_leaves_its_opening_mark_out_of_the_clause() -> None:
    assert indirect_said("(The ferry is a big draw for tourists, Ola Brandt said.)") == [
        ("The ferry is a big draw for tourists", "Ola Brandt")
    ]


def _quotes(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of every quote of the made-up paragraphs, in order."""
    found = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in found]


# A: a weak cue reports a clause without "that" when a subject and its auxiliary follow it.
def test_a_weak_cue_with_a_subject_and_auxiliary_reports_a_clause() -> None:
    assert indirect_said("The Daily Courier has reported she was born in a small fishing town.") == [
        ("she was born in a small fishing town", "The Daily Courier")
    ]


def test_a_weak_cue_with_a_noun_phrase_subject_reports_a_clause() -> None:
    found = indirect_said("In May, an internal audit found more staff may be needed in the northern offices.")
    assert [t for t, _ in found] == ["more staff may be needed in the northern offices"]


def test_a_weak_cue_with_an_object_reports_nothing() -> None:
    assert indirect_said("The bakery reported a loss of two million dollars last year.") == []


def test_belief_without_that_is_no_report() -> None:
    assert indirect_said("The neighbours think they are helping the family by staying away.") == []


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
    assert indirect_said(text) == [
        ("the bridge was unsafe", "Tom Ruiz"),
        ("repairs would take a year", "Tom Ruiz"),
    ]


# P, Q: an acronym defined in parentheses after a name stands for that name.
def test_an_acronym_defined_before_names_the_body() -> None:
    found = indirect_said(
        "The Northern Rail Authority (NRA) said the line would reopen in May.",
        "NRA said the repairs were going well.",
        "In April, an internal NRA review found more trains may be needed on weekends.",
    )
    assert [s for _, s in found][1:] == ["Northern Rail Authority", "Northern Rail Authority"]


def test_initials_that_do_not_spell_the_acronym_name_nobody() -> None:
    found = indirect_said("The Northern Rail Authority (XYZ) said the line would reopen.", "XYZ said the works were over.")
    assert found[-1] == ("the works were over", "XYZ")


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A bare clause after the cue holds a relative "that": the report starts right after the cue.
        (
            "Mr. Okafor said Ms. Lind designed a route that avoided the old bridge.",
            "Ms. Lind designed a route that avoided the old bridge",
        ),
        (
            "The treasurer said the council wants a budget that balances by spring.",
            "the council wants a budget that balances by spring",
        ),
        # The cue's own "that" after an adverbial or a listener is still the cue's.
        ("The treasurer said on Friday that the budget balances.", "the budget balances"),
        ("The treasurer said Friday that the budget balances.", "the budget balances"),
        ("The treasurer warned the council that the budget was short.", "the budget was short"),
        ("The treasurer said repeatedly that the budget was short.", "the budget was short"),
    ],
)
def test_relative_that_inside_a_bare_clause(text: str, clause: str) -> None:
    assert reported(text) == [clause]


def test_sentence_ends_after_a_double_ascii_closer() -> None:
    # '' closes a quote in wire texts: the full stop inside it ends the sentence, so the next sentence's
    # parenthetical cue reports only that sentence.
    text = "Mr. Adeyemi regretted ''the delays at the port.'' It was, he said, the worst week of the year."
    assert reported(text) == ["It was, he said, the worst week of the year"]


def test_a_sentence_opening_cue_is_no_part_of_a_name() -> None:
    # "Said Okafor, …" opens a sentence with its cue: the person named is Okafor, not "Said Okafor".
    blocks = [
        Block(text="Said Okafor, a baker from the east side: the oven had been broken for weeks."),
        Block(text="“Nobody came,” Okafor said."),
    ]
    names = [q.speaker.name if q.speaker else None for q in find_quotes(blocks, "en")]
    assert names == ["Okafor"]
