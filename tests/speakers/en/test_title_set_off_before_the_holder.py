"""A title ending a capitalised run set off by a comma before the holder's name ("Lagos State Governor, Babajide
Sanwo-Olu, said", Nigerian pages' way) is the holder's role, as it is after "The" ("The Lagos State Governor, …").
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_title_without_article_set_off_before_the_name() -> None:
    assert said_in_en("Ogun State Governor, Dapo Adeyemi, said: “The bridge will be rebuilt by June.”") == [
        ("Dapo Adeyemi", "Ogun State Governor")
    ]


def test_title_set_off_after_an_opening_phrase() -> None:
    text = "Speaking in Abeokuta, Ogun State Commissioner, Mrs Funke Alabi, said: “Schools will reopen on Monday.”"
    assert said_in_en(text) == [("Funke Alabi", "Ogun State Commissioner")]
