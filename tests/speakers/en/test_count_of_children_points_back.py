"""A parent's count of children as a noun ("the mum-of-three said", "the grandad-of-four added") points back at
the person named before, as "the 37-year-old" does, and tells that person's sex. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.speakers.name_split_en import count_of_children
from tests.quote_helpers import speakers_in_en


def test_a_count_of_grandchildren_points_back() -> None:
    assert speakers_in_en("Edna Marsh, from Barnsley, won the raffle.", 'The gran-of-seven said: "I had to sit down."') == [
        "Edna Marsh"
    ]


def test_a_count_of_children_after_the_quote() -> None:
    assert speakers_in_en(
        "Owen Pryce was pulled from the river on Monday.", '"I thought I was done for," the dad-of-two said.'
    ) == ["Owen Pryce"]


def test_the_sex_of_the_count_picks_the_person() -> None:
    assert speakers_in_en(
        "Police named the driver as Amy Lowe. Her brother Sam Lowe wept outside.",
        '"She was so careful," the father-of-three said.',
    ) == ["Sam Lowe"]


def test_the_sex_a_count_tells() -> None:
    assert count_of_children("mum-of-three") == "f"
    assert count_of_children("grandad-of-4") == "m"
    assert count_of_children("parent-of-two") == "?"
    assert count_of_children("state-of-the-art") is None


def test_a_count_written_with_spaces() -> None:
    assert speakers_in_en(
        "Idris Bello lost his market stall in the fire on Monday.", '"Twenty years of work, gone," said the father of two.'
    ) == ["Idris Bello"]
    assert speakers_in_en('"The hall was packed," said the mother of the bride.') == [None]
