"""An adverb opening an English sentence ("Now Acme says", "Still the company says", "Finally, the senator
is arguing") is no part of its subject: the subject after it speaks."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _who(text: str) -> list[tuple[str, str | None]]:
    """(text, name or role) of each quote of ``text``."""
    quotes = find_quotes([Block(text=text)], "en")
    return [(q.text, (q.speaker.name or q.speaker.role) if q.speaker else None) for q in quotes]


def test_an_adverb_before_a_name_is_no_part_of_it() -> None:
    assert _who("Now Acme says it will open three new stores next year.") == [
        ("it will open three new stores next year", "Acme")
    ]
    assert _who("Finally Tom Ruiz said the bridge would reopen in May.") == [
        ("the bridge would reopen in May", "Tom Ruiz")
    ]


def test_an_adverb_before_a_description_is_no_part_of_it() -> None:
    assert _who("Still the company says the plant will stay open.") == [("the plant will stay open", "the company")]
    assert _who("Meanwhile the union says the talks have stalled.") == [("the talks have stalled", "the union")]


def test_the_subject_after_an_adverb_speaks_before_a_participle_cue() -> None:
    assert _who("Now the campaign is insisting that the deal is dead.") == [("the deal is dead", "the campaign")]
    assert _who("Finally, the senator is arguing that the budget is too small.") == [
        ("the budget is too small", "the senator")
    ]


def test_the_subject_after_an_adverb_and_an_introductory_phrase_speaks() -> None:
    text = "Now, after the vote, his team is suggesting that the count was fair."
    assert _who(text) == [("the count was fair", "his team")]


def test_a_participle_in_the_opening_phrase_takes_the_main_clause_subject() -> None:
    text = "After arguing that the vote was rigged, Tom Ruiz said that his finish in Nevada was a win."
    assert _who(text) == [("the vote was rigged", "Tom Ruiz"), ("his finish in Nevada was a win", "Tom Ruiz")]
    text = "Now, after arguing that the vote was rigged, his team is suggesting that the count was fair."
    assert _who(text) == [("the vote was rigged", "his team"), ("the count was fair", "his team")]



def test_a_time_phrase_after_the_adverb_is_no_subject_either() -> None:
    text = "Earlier this week, the senators wrote to the minister, urging the ministry to review the rules."
    assert _who(text) == [("the ministry to review the rules", "the senators")]
