""""According to NAME, NP, which …, VERB …": the phrase set off after the name is the report's subject, not the
source's role, when the words after it (past a relative clause on it) open with a finite verb. A role is still
read when a subject follows it. Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import quotes_found, said


def test_subject_with_a_relative_clause_after_according_to_a_name() -> None:
    text = "According to Rosa Brandt, the levy, which Ivo Marsh said was unfair, will be scrapped."
    assert quotes_found(text) == [
        ("indirect", "the levy, which Ivo Marsh said was unfair, will be scrapped", "Rosa Brandt")
    ]
    assert said(text, "en") == [("Rosa Brandt", None)]


def test_role_after_according_to_a_name_before_the_subject() -> None:
    text = "According to Rosa Brandt, the head of the port, the levy will be scrapped."
    assert said(text, "en") == [("Rosa Brandt", "the head of the port")]
    assert quotes_found(text) == [("indirect", "the levy will be scrapped", "Rosa Brandt")]
