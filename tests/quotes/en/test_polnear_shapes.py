"""English reported speech: shapes PolNeAR's train attributions showed cqnews missing (session 31),
each written as a made-up sentence."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import indirect_said


def test_promising_reports_what_the_sentence_subject_promised() -> None:
    """ ", promising to …": a participle of commitment reports its infinitive, the subject's words."""
    assert indirect_said("Governor Ada Brook toured the flooded farms, promising to rebuild every bridge by spring.") == [
        ("to rebuild every bridge by spring", "Ada Brook")
    ]


def test_predicting_that_reports_a_clause() -> None:
    assert indirect_said("Senator Leo Park backed the levy, predicting that fares would fall within a year.") == [
        ("fares would fall within a year", "Leo Park")
    ]


def test_a_clause_ending_in_a_quoted_fragment_before_the_cue_is_reported_whole() -> None:
    """ "… will take time to “cool off,” Lee said.": the clause's comma stands inside the quote; the whole
    clause is reported, and the fragment stays a direct quote."""
    found = find_quotes([Block(text="The harbor dispute will take time to “cool off,” Mayor Ken Abe said.")], "en")
    assert [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("indirect", "The harbor dispute will take time to “cool off,”", "Ken Abe"),
        ("direct", "cool off,", "Ken Abe"),
    ]


def test_a_quote_the_writers_words_only_introduce_stays_direct() -> None:
    """Most of the words quoted: the quote is the report, not a fragment of the writer's clause."""
    text = "The jobs data is “a strong report that shows the town is holding in well,” Mayor Ken Abe said."
    assert indirect_said(text) == []


def test_a_time_phrase_then_adverbials_after_a_closing_cue_leave_the_clause_before_it() -> None:
    text = "The state asks for too many permits, former Governor Bill Ames said this week at a rally in Reno."
    assert indirect_said(text) == [("The state asks for too many permits", "Bill Ames")]


def test_a_listener_then_an_as_clause_after_told_leave_the_clause_before_it() -> None:
    text = "The vote is not about me, Mayor Tom Lin told his closest advisers as he left the hall."
    assert indirect_said(text) == [("The vote is not about me", "Tom Lin")]


def test_a_report_going_on_after_a_parenthetical_cue_is_reported_to_the_sentence_end() -> None:
    text = "The bridge plan was impossible, Lena Ortiz said, so the council decided to split the work."
    assert indirect_said(text) == [(text.rstrip("."), "Lena Ortiz")]


def test_an_including_list_after_a_parenthetical_cue_goes_on_with_the_report() -> None:
    """ "…, Lena Ortiz said, including …" (session 44): the list names the things of the clause before the cue,
    so the report runs to the sentence end, as after "so" or "because"."""
    text = "The talks covered several topics, Lena Ortiz said, including fishing rights and port fees."
    assert indirect_said(text) == [(text.rstrip("."), "Lena Ortiz")]


def test_a_participle_after_a_parenthetical_cue_is_a_report_of_its_own() -> None:
    found = indirect_said("The ferry plan is dead, Lena Ortiz said, adding that the council would vote again.")
    assert found == [("The ferry plan is dead", "Lena Ortiz"), ("the council would vote again", "Lena Ortiz")]


def test_a_second_share_of_a_poll_ends_the_first_report() -> None:
    """ "…, but 55 percent of all voters say …": another share of those asked reports on its own; the first
    clause ends at the comma before it, and the second is a report of its own."""
    assert indirect_said("Most members said the budget was fair, but 40 percent of the delegates say it is too high.") == [
        ("the budget was fair", None),
        ("it is too high", None),
    ]


def test_a_share_after_while_ends_the_first_report() -> None:
    assert indirect_said("Only 12 percent said they were undecided, while 30 percent of those polled said they could change their minds.") == [
        ("they were undecided", None),
        ("they could change their minds", None),
    ]
