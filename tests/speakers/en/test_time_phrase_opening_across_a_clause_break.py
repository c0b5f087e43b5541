"""An English time phrase that opens the sentence with no comma after it is no part of the speaker, even when it
holds a word the description reader takes for a clause break: "since" ("Since January the agency said"), a join
("In March and April the council said", "Between 2019 and 2021 the agency said"); nor is a time noun's "of" phrase
("On the morning of the vote the agency said"). Sentences are made up."""

from __future__ import annotations

import pytest

from tests.quote_helpers import who_speaks


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Since January the agency said the backlog had halved.", "the agency"),
        ("Since March the council said bins had been collected weekly.", "the council"),
        ("Since 2020 the company said its sales had doubled.", "the company"),
        ("Since Monday the police said six men had been arrested.", "the police"),
        ("Since the spring the club said ticket sales had fallen.", "the club"),
        ("In 2021 and 2022 the firm said its costs had risen.", "the firm"),
        ("In March and April the council said the roads would be closed.", "the council"),
        ("On Monday and Tuesday the union said its members would strike.", "the union"),
        ("Between 2019 and 2021 the agency said prices rose sharply.", "the agency"),
        ("From May to July the airline said its fares would stay low.", "the airline"),
        ("On the morning of the vote the agency said the polls were open.", "the agency"),
        ("On the night of the fire the captain said the crew had left.", "the captain"),
        ("In the spring of 2022 the board said the plant would close.", "the board"),
        ("On the afternoon of the match the coach said the squad was fit.", "the coach"),
        ("In the end the judge said the case was closed.", "the judge"),
    ],
)
def test_opening_time_phrase_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert who_speaks(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Since the council said the bridge was safe, traffic has doubled.", "the council"),
    ],
)
def test_other_subjects_stay(text: str, speaker: str) -> None:
    assert who_speaks(text) == [speaker]
