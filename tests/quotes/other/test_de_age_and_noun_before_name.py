"""German: an article, an age, a noun and a name ("die 34-jährige Mutter Lena Vogt"): the name speaks, the words
before it are its role, as without the noun ("der 58-jährige Klaus Hofmann"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_noun_between_the_age_and_the_name_is_part_of_the_role() -> None:
    assert said(
        "„Es war ein Schock für uns alle“, erzählt die 34-jährige Mutter Lena Vogt aus Kassel.", language="de"
    ) == [("Lena Vogt", "die 34-jährige Mutter")]


def test_an_age_and_a_noun_alone_name_no_one() -> None:
    assert said("„Es war ein Schock für uns alle“, erzählt der 58-jährige Rentner.", language="de") == [
        (None, "der 58-jährige Rentner")
    ]
