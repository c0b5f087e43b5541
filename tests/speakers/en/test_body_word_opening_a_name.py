"""A word of a body's name ("Network", "Union", "Group") opening a run of two words makes the body's own name with
the word after it ("Network Rail", "Union Pacific"), no person named after an organisation ("Daily Mail Lacerda").
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_network_rail_after_the_quote() -> None:
    assert said_in_en('"Trains will not run between the two stations until Thursday," Network Rail said.') == [
        ("Network Rail", None)
    ]


def test_union_pacific_before_the_cue() -> None:
    assert said_in_en("Union Pacific said the freight yard would close for a week of repairs.") == [
        ("Union Pacific", None)
    ]


def test_a_name_after_a_body_of_two_words_is_still_a_person() -> None:
    assert (
        said_in_en('"The club owes its fans an apology," Daily Mail columnist Rob Tanner said.')[0][0] == "Rob Tanner"
    )
