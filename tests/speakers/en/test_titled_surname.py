"""A person named by title and surname ("Mrs. Lane", "Ms. Patel") in English.

A title that tells the gender picks, among the people of one surname, the one of that gender:
"Mrs. Lane" after "Tom Lane" was named is still Ann Lane. Sentences are made up.

A person named only by title and surname ("Ms. Patel") is someone a later he/she can be. Made-up sentences.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import speakers_in


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=p) for p in paragraphs], "en")]


def test_mrs_with_a_shared_surname_is_the_woman() -> None:
    got = _speakers(
        "Ann Lane spoke in the town hall on Monday.",
        "Tom Lane joined her later. “We are proud,” Tom Lane said.",
        "“We will win,” Mrs. Lane said.",
    )
    assert got == ["Tom Lane", "Ann Lane"]


def test_she_after_mrs_with_a_shared_surname_is_the_woman() -> None:
    got = _speakers(
        "Ann Lane spoke in the town hall on Monday.",
        "Tom Lane joined her later. “We are proud,” Tom Lane said.",
        "Mrs. Lane has run on thrift, and Mrs. Lane says so. “We don't need any more of that,” she has said.",
    )
    assert got == ["Tom Lane", "Ann Lane"]


def test_a_titled_surname_is_an_antecedent() -> None:
    assert speakers_in(
        "Ms. Patel, 52, has run the bakery on the corner for twenty years.",
        '"Flour prices have doubled since spring," she said.',
        language="en",
    ) == ["Patel"]


def test_the_title_gives_the_gender() -> None:
    assert speakers_in(
        "Mrs. Jones wrote to the council twice. Her husband, a retired miner, signed the letters too.",
        '"Nobody ever answered," she said.',
        language="en",
    ) == ["Jones"]
