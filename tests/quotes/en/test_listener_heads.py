"""A lower-case head noun after a listener's name or owner goes on the listener ("told Harbour Weekly magazine",
"told the Coastline news agency", "told her audience"): what follows it is no clause reported."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_magazine_after_the_outlet_name_is_the_listener() -> None:
    text = "“Rents are too high,” Vance told Harbour Weekly magazine in 2019, a year before the election was called."
    assert quotes_found(text) == [("direct", "Rents are too high,", "Vance")]


def test_hosts_after_the_network_name_are_the_listener() -> None:
    text = "“We will win,” Ruiz told the KXT hosts of “Early Edition,” adding that his son knows the mayor."
    assert quotes_found(text) == [
        ("direct", "We will win,", "Ruiz"),
        ("indirect", "his son knows the mayor", "Ruiz"),
    ]


def test_her_audience_is_the_listener() -> None:
    text = "“There are two roads,” Nia Okafor told her audience, a mix of students and nurses in Hull."
    assert quotes_found(text) == [("direct", "There are two roads,", "Nia Okafor")]


def test_a_clause_after_the_whole_listener_is_still_reported() -> None:
    assert quotes_found("Dora Vance told the Coastline news agency the ferry would stop in May.") == [
        ("indirect", "the ferry would stop in May", "Dora Vance")
    ]


def test_an_owner_with_an_apostrophe_is_part_of_the_listener() -> None:
    text = "“We will see,” Ruiz told Norway’s TV2 in an interview aired on Monday when asked how talks would fare."
    assert quotes_found(text) == [("direct", "We will see,", "Ruiz")]


def test_a_clause_after_an_owned_listener_is_still_reported() -> None:
    assert quotes_found("Dora Vance told Norway's TV2 the ferry would stop in May.") == [
        ("indirect", "the ferry would stop in May", "Dora Vance")
    ]


def test_an_owned_team_is_the_listener() -> None:
    assert quotes_found("Dora Vance told Ruiz's team the ferry would stop in May.") == [
        ("indirect", "the ferry would stop in May", "Dora Vance")
    ]
