"""A description that points back at someone ("the French president", "the researcher") names that person.

A definite description of a person with a capitalised modifier ("the French president", "the
Vermont senator") is no organisation: it stands for the person last named with that title, else for
an unnamed source. Made-up sentences only.

A noun that points back at someone ("the researcher said", "the 37-year-old said"): the person the article
named with that noun, else the noun itself as the speaker's role, never a speaker with nothing in it.
Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said, said_in_en, speakers_in


def test_a_capitalised_modifier_before_a_title_is_the_person_named_before() -> None:
    text = "Sen. Bernie Sanders spoke in Iowa. “We will win,” the Vermont senator said."
    assert speakers_in(text, language="en") == ["Bernie Sanders"]


def test_a_national_title_after_the_full_name() -> None:
    text = "President Emmanuel Macron met the envoy. “The plan is sound,” the French president said."
    assert speakers_in(text, language="en") == ["Emmanuel Macron"]


def test_a_description_of_a_person_nobody_named_is_unnamed() -> None:
    assert said("“The numbers are good,” the Labour leader told reporters.", "en") == [(None, "the Labour leader")]


def test_a_pointing_noun_with_nobody_named_is_the_role() -> None:
    assert said('"Drones are cheap now," the researcher said.', "en") == [(None, "the researcher")]
    assert said('"The ward is full," the analyst said.', "en") == [(None, "the analyst")]


def test_a_pointing_noun_goes_to_the_person_named_with_it() -> None:
    assert said_in_en(
        "Maria Lopez, a researcher at the Rand Corporation, has studied drones for a decade.",
        '"Drones are cheap now," the researcher said.',
    ) == [("Maria Lopez", "a researcher at the Rand Corporation")]


def test_an_age_written_as_a_noun_points_back_like_a_pronoun() -> None:
    assert said("“We sold out by noon,” the 34-year-old said.", "en") == [(None, "the 34-year-old")]
    assert said("“I want the red one,” the 30-month-old said.", "en") == [(None, "the 30-month-old")]
