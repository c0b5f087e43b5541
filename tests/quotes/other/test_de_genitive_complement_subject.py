"""A German subject before the verb whose noun takes a genitive ("Ein Sprecher des Ministeriums sagte, …", "Der
Leiter eines Vereins erklärte, …"): the whole phrase speaks; "des Ministeriums" alone (a genitive, never a
subject) does not. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_a_spokesman_of_a_ministry() -> None:
    assert reported_said("Ein Sprecher des Ministeriums sagte, man werde die Regeln prüfen.", "de") == [
        ("man werde die Regeln prüfen", None, "Ein Sprecher des Ministeriums")
    ]


def test_the_head_of_a_club_with_a_time_after_the_verb() -> None:
    assert reported_said("Der Leiter eines Vereins erklärte am Montag, die Halle sei zu klein.", "de") == [
        ("die Halle sei zu klein", None, "Der Leiter eines Vereins")
    ]


def test_a_feminine_office_and_a_compound_body() -> None:
    assert reported_said("Eine Sprecherin des Landratsamts sagte, die Straße bleibe gesperrt.", "de") == [
        ("die Straße bleibe gesperrt", None, "Eine Sprecherin des Landratsamts")
    ]
