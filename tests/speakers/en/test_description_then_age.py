"""A description opening the sentence, set off from the cue by an age alone ("The actress, 41, said:") is the
subject, as "The 34-year-old, from Salford, said" is: the person named before, else the description. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_an_age_after_a_pointing_noun() -> None:
    assert said_in_en(
        "Soap favourite Lorna Vick is leaving the programme after nine years.",
        'The actress, 44, said: "It was the best job I ever had."',
    )[-1] == ("Lorna Vick", None)


def test_an_age_after_a_description_nobody_named() -> None:
    assert said_in_en('The ferryman, 67, said: "I have never seen the river this high."') == [(None, "The ferryman")]
