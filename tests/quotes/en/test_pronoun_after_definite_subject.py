"""A pronoun whose antecedent is a definite description of a person earlier in its paragraph ("The prime
minister has arrived. “…,” she told reporters.") is not named forward by the next official named after it."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_pronoun_after_a_described_subject_is_not_given_to_an_official_named_after_it() -> None:
    text = (
        "The finance minister has landed in Lagos. “We came to listen,” she told reporters. "
        "Trade Secretary Helen Brandt said the visit would last two days."
    )
    assert speakers_in(text, language="en") == [None, "Helen Brandt"]


def test_a_described_subject_with_a_counted_modifier_keeps_its_pronoun() -> None:
    text = (
        "The 29-year-old striker was booked twice. “I never touched him,” he said. "
        "Manager Tony Walsh said the club would appeal."
    )
    assert speakers_in(text, language="en") == [None, "Tony Walsh"]


def test_a_colon_quote_after_a_described_subject_is_not_named_forward() -> None:
    text = "The coach looked drained. He told reporters: “We will not give up.” Captain John Ortiz said the team was tired."
    assert speakers_in(text, language="en") == [None, "John Ortiz"]


def test_without_a_description_before_it_the_pronoun_is_still_named_forward() -> None:
    text = "“We came to listen,” she told reporters. Trade Secretary Helen Brandt said the visit would last two days."
    assert speakers_in(text, language="en") == ["Helen Brandt", "Helen Brandt"]


def test_a_definite_subject_that_is_no_person_does_not_stop_forward_naming() -> None:
    text = (
        "The weather turned overnight. “We came to listen,” she told reporters. "
        "Trade Secretary Helen Brandt said the visit would last two days."
    )
    assert speakers_in(text, language="en") == ["Helen Brandt", "Helen Brandt"]


def test_a_description_ending_the_paragraph_before_keeps_the_pronoun_after_it() -> None:
    assert speakers_in(
        "The health secretary toured the new ward on Tuesday.",
        "“Waiting lists are falling,” she told staff. Union leader Carla Mendes said nurses were exhausted.",
        language="en",
    ) == [None, "Carla Mendes"]
