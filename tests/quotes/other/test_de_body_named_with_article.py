"""A German phrase opened by an article before the cue ("Die Firma Bosch warnte, …", "Das Robert Koch-Institut
warnte, …") is a body, never a person's name (a name takes no article) nor a person whose role is the article:
before, the speaker was the name "Die Firma Bosch", or "Robert Koch-Institut" with the role "Das". Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_article_before_a_body_and_its_name() -> None:
    assert reported_said("Die Firma Bosch warnte, die Lieferungen würden sich verzögern.", "de") == [
        ("die Lieferungen würden sich verzögern", "Firma Bosch", None)
    ]
    assert reported_said("Das Hotel Adler teilte mit, es bleibe bis Ostern geschlossen.", "de") == [
        ("es bleibe bis Ostern geschlossen", "Hotel Adler", None)
    ]


def test_article_is_no_role() -> None:
    assert reported_said("Das Robert Koch-Institut warnte, die Zahl der Fälle steige weiter.", "de") == [
        ("die Zahl der Fälle steige weiter", "Robert Koch-Institut", None)
    ]


def test_people_stay() -> None:
    assert reported_said("Die Ministerin Anna Weber sagte, die Lage sei ernst.", "de") == [
        ("die Lage sei ernst", "Anna Weber", "Die Ministerin")
    ]
    assert reported_said("Der Landrat warnte, die Straße bleibe gesperrt.", "de") == [
        ("die Straße bleibe gesperrt", None, "Der Landrat")
    ]
