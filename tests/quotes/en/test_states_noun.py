""""states" and "answers" are plural nouns far more often than verbs: a cue only after a pronoun, a noun of a
text, a name or an adverb ("the charter clearly states that"), or before a colon; not after a count, an
adjective or a comma ("six states", "smaller, poorer states", "Ohio and Iowa, states that vote early")."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_states_after_a_comma_and_names_is_a_noun() -> None:
    text = "Marlow campaigns in Ohio and Iowa, states that vote early in March."
    assert quotes_found(text) == []


def test_states_after_adjectives_closes_no_report() -> None:
    text = "Ruiz is favored to win a few contests in smaller, poorer states."
    assert quotes_found(text) == []


def test_questions_and_answers_report_nothing() -> None:
    text = "Questions and answers have been trimmed for length and clarity."
    assert quotes_found(text) == []


def test_the_charter_clearly_states_that_still_reports() -> None:
    text = "The town charter clearly states that the mayor must live within its limits."
    assert [q[:2] for q in quotes_found(text)] == [("indirect", "the mayor must live within its limits")]


def test_the_memo_states_closing_still_reports() -> None:
    text = "The depot will close in May, the memo states."
    assert [q[:2] for q in quotes_found(text)] == [("indirect", "The depot will close in May")]


def test_comments_after_an_owner_and_adjective_is_a_noun() -> None:
    text = "Hale has angered farmers in many ways, from his cuts to the subsidy to his sharp comments on tariffs."
    assert quotes_found(text) == []


def test_the_memo_comments_that_still_reports() -> None:
    text = "The council memo comments that the depot will close in May."
    assert [q[:2] for q in quotes_found(text)] == [("indirect", "the depot will close in May")]


def test_comments_after_a_quote_still_heads_it() -> None:
    text = "“The depot will close in May,” comments Dora Vance, a planner."
    assert [q[:3] for q in quotes_found(text)] == [("direct", "The depot will close in May,", "Dora Vance")]
