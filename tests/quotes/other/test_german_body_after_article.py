"""A German body named after the article that opens the sentence ("Der Wetterdienst warnte, …") is the speaker,
no name of a person (a name takes no article): before, the report had no speaker. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_body_after_der() -> None:
    assert reported_said("Der Deutsche Wetterdienst warnte, am Sonntag drohe Hochwasser an der Elbe.", "de") == [
        ("am Sonntag drohe Hochwasser an der Elbe", "Deutscher Wetterdienst", None)
    ]
    assert reported_said("Der NABU teilte mit, die Störche seien zurückgekehrt.", "de") == [
        ("die Störche seien zurückgekehrt", "NABU", None)
    ]


def test_a_person_with_an_office_stays() -> None:
    assert reported_said("Der Landrat warnte, die Straße bleibe gesperrt.", "de") == [
        ("die Straße bleibe gesperrt", None, "Der Landrat")
    ]
