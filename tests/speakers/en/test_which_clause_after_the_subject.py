"""A relative clause with "which" set off by commas between a body or a thing and the cue ("The firm, which
employs 2,000 people, said") says more about the subject, as one with "who" does; the subject before it speaks.
The comma of a number inside the clause opens nothing. A "which" that qualifies the object of an earlier clause
("Ann Cole, who runs Acme, which …, said") leaves the person the speaker. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_body_before_a_which_clause() -> None:
    assert said_in_en(
        'The bakery, which has made pies in the town since 1951, said: "Closing was the hardest choice we faced."'
    ) == [(None, "The bakery")]


def test_a_number_inside_the_clause() -> None:
    assert said_in_en('The firm, which employs 2,000 people, said: "No jobs will be lost at the plant."') == [
        (None, "The firm")
    ]


def test_which_after_the_object_of_a_who_clause() -> None:
    assert said_in_en('Ann Cole, who runs Acme, which employs 20 people, said: "We are sorry for the staff."') == [
        ("Ann Cole", None)
    ]
