"""A lone capitalised subject ending like a plural noun ("Sanders", "Rogers") is a surname, not an unnamed
group like "Teachers", when the text shows it as one person's name: after a given name (even inside "a Bernie
Sanders rally") or before a singular reflexive ("Sanders compared himself"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_reflexive_shows_one_person() -> None:
    assert speakers_in(
        "At the debate, Waters compared himself to the governor.",
        '"I do not take speaking fees," Waters said.',
        language="en",
    ) == ["Waters"]


def test_a_given_name_before_it_shows_one_person() -> None:
    assert speakers_in(
        "The actress spoke at a Maxine Waters rally in June.",
        '"We are not done," Waters said.',
        language="en",
    ) == ["Waters"]
