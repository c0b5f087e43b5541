"""A surname after the initials of a title ("DC Moss", "DS Quinn") is the person named before with the title those
initials spell ("Detective Constable Ryan Moss"); initials that spell no title of that person name nobody
known. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_the_initials_of_a_title_named_before() -> None:
    assert speakers_in_en(
        'Detective Constable Ryan Moss, of the county force, said: "This was a cruel crime against a frail man."',
        '"We want to hear from anyone who saw a grey van on Tuesday night," DC Moss added.',
    ) == ["Ryan Moss", "Ryan Moss"]


def test_the_title_given_in_apposition() -> None:
    assert speakers_in_en(
        'Nia Quinn, a detective sergeant, said: "The van was seen twice on the estate."',
        '"Check your doorbell cameras," DS Quinn said.',
    ) == ["Nia Quinn", "Nia Quinn"]


def test_initials_of_no_title_of_the_person() -> None:
    assert speakers_in_en(
        'Ryan Moss of Leeds said: "This was a cruel crime against a frail man."',
        '"We want to hear from anyone," DC Moss added.',
    ) == ["Ryan Moss", "DC Moss"]
