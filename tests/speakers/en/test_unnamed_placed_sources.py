"""An unnamed source placed by a preposition ("Officials in Kyiv said") is the whole description, not the
place; a place closing an unclosed apposition still leaves the person before it speaking.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_found, said


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Officials in Kyiv said the attack was repelled overnight.", "Officials in Kyiv"),
        ("Police in London said the suspect had been arrested.", "Police in London"),
        ("Officials in New York said the talks would resume.", "Officials in New York"),
        ("“It is over,” officials in Kyiv said.", "officials in Kyiv"),
        ("A company in Florida said the plan was sound.", "A company in Florida"),
    ],
)
def test_people_in_a_place_are_an_unnamed_source(text: str, role: str) -> None:
    assert said(text, "en") == [(None, role)]


def test_a_place_closing_an_apposition_leaves_the_person_speaking() -> None:
    text = "Chad Hawk, vice president of PMG, a company in Florida told Fox News the plan was sound."
    assert said(text, "en") == [("Chad Hawk", "vice president of PMG")]


# A title written with "of" before the name.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Secretary of State Antony Blinken said the talks were productive.", ("Antony Blinken", "Secretary of State")),
        ("Minister of Finance Nirmala Sitharaman said the deficit would narrow.", ("Nirmala Sitharaman", "Minister of Finance")),
        ("Bank of England Governor Andrew Bailey said rates would stay high.", ("Andrew Bailey", "Bank of England Governor")),
        ("“Rates will stay high,” said Bank of England Governor Andrew Bailey.", ("Andrew Bailey", "Bank of England Governor")),
        ("Director of Public Prosecutions Max Hill said the case was closed.", ("Max Hill", "Director of Public Prosecutions")),
        ("Secretary of State John F. Kerry said the vote was flawed.", ("John F. Kerry", "Secretary of State")),
    ],
)
def test_a_title_with_of_before_the_name_is_the_role(text: str, speaker: tuple[str, str]) -> None:
    assert said(text, "en") == [speaker]


def test_a_place_after_the_name_stays_the_persons() -> None:
    assert said("Rep. Mark Dunne of New Mexico said the bill would pass.", "en") == [("Mark Dunne", "Rep. of New Mexico")]


# What a written thing reads.


@pytest.mark.parametrize(
    ("text", "quote", "role"),
    [
        ("The statement read: “We have to act now.”", "We have to act now.", "The statement"),
        ("“No entry,” the sign read, in red letters.", "No entry,", "the sign"),
        ("The ministry’s statement read: “The plan is ready.”", "The plan is ready.", "The ministry’s statement"),
    ],
)
def test_a_written_thing_reads_its_words(text: str, quote: str, role: str) -> None:
    assert quotes_found(text, "en") == [("direct", quote, None)]
    assert said(text, "en") == [(None, role)]


@pytest.mark.parametrize("text", ["She read the letter twice before replying.", "He read “War and Peace” twice."])
def test_reading_something_is_no_cue(text: str) -> None:
    assert quotes_found(text, "en") == []


@pytest.mark.parametrize(
    "text",
    ["Pakistan’s Ministry of Foreign Affairs said the strikes were unprovoked.",
     "The Ministry of Foreign Affairs said the strikes were unprovoked."],
)
def test_a_ministry_whose_name_holds_a_title_word_is_the_organisation(text: str) -> None:
    (name, role), = said(text, "en")
    assert name is not None and name.endswith("Ministry of Foreign Affairs") and role is None
