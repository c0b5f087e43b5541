"""A time phrase that opens an English sentence with no comma after it is no part of the subject of the cue.

"On Monday the council said …": the speaker is "the council", not "On Monday the council". The phrase may be a
preposition with a day, a month, a date, a year or "the weekend"; "last", "this", "next", "earlier" or "later" with a
time noun; or a count with a span and "later" or "ago". Sentences are made up.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import who_speaks


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Monday the council said the ring road would reopen in spring.", "the council"),
        ("On Tuesday police said two men had been arrested near the harbour.", "police"),
        ("Last week the ministry said the school fund would be doubled.", "the ministry"),
        ("In March the club said the north stand would be rebuilt.", "the club"),
        ("Earlier this year the mayor said the city budget was balanced.", "the mayor"),
        ("At the weekend the minister said the fishing talks had failed.", "the minister"),
        ("In 2023 the company said its profits had fallen sharply.", "the company"),
        ("On 3 March the regulator said the merger would be blocked.", "the regulator"),
        ("On March 3 the court said the parking law was void.", "the court"),
        ("Later this month the board said it would pick a new chair.", "the board"),
        ("Next week the union said its members would strike.", "the union"),
        ("On Friday night the coach said the team had played badly.", "the coach"),
        ("In late May the airline said its flights to Lisbon would resume.", "the airline"),
        ("Over the weekend the council said bins would be collected twice.", "the council"),
        ("In the spring the university said tuition would be frozen.", "the university"),
        ("Two days later the minister said he had resigned from the cabinet.", "the minister"),
    ],
)
def test_opening_time_phrase_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert who_speaks(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The weekend crowd said the music was too loud.", "The weekend crowd"),
        ("The morning shift said the ward was short of nurses.", "The morning shift"),
        ("Last year's champion said the course was too short.", "Last year's champion"),
    ],
)
def test_time_noun_opening_a_subject_stays(text: str, speaker: str) -> None:
    assert who_speaks(text) == [speaker]
