"""German strong verbs of saying ("versprach", "rät", "widersprach", "gestand"), whose forms the weak endings "-t",
"-te" do not read, are cues after a quote and before a reported clause. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said, said


def test_a_strong_past_after_a_quote() -> None:
    assert said("„Die Brücke wird gebaut“, versprach Landrätin Petra Sommer am Montag.", "de") == [
        ("Petra Sommer", "Landrätin")
    ]
    assert said("„Nehmen Sie einen Schirm mit“, rät Meteorologe Uwe Kranz.", "de") == [("Uwe Kranz", "Meteorologe")]


def test_a_strong_past_before_a_reported_clause() -> None:
    assert reported_said("Der Trainer gestand, er habe den Elfmeter nicht gesehen.", "de") == [
        ("er habe den Elfmeter nicht gesehen", None, "Der Trainer")
    ]
