"""After a quote, an adverb or two may stand between the verb of saying and its subject ("„…“, sagte auch
Klaus Wolf", "sagte zudem der Sprecher der Stadt"): the subject after them speaks. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said, said


def test_an_adverb_between_verb_and_name() -> None:
    assert said("„Das kann so nicht bleiben“, sagte auch Klaus Wolf.", "de") == [("Klaus Wolf", None)]
    assert said("„Wir bauen die Halle neu“, sagte dazu Petra Sommer.", "de") == [("Petra Sommer", None)]
    assert said("„Der Termin steht noch nicht fest“, erklärte jedoch Uwe Kranz.", "de") == [("Uwe Kranz", None)]


def test_an_adverb_before_a_title_and_name() -> None:
    assert said("„Das kann so nicht bleiben“, meinte auch Stadtrat Klaus Wolf.", "de") == [("Klaus Wolf", "Stadtrat")]


def test_two_adverbs_before_a_description() -> None:
    assert said("„Die Brücke bleibt gesperrt“, sagte zudem auch der Sprecher der Stadt.", "de") == [
        (None, "der Sprecher der Stadt")
    ]


def test_a_noun_after_the_verb_is_no_adverb() -> None:
    assert said("„Das kann so nicht bleiben“, sagte Klaus Wolf auch.", "de") == [("Klaus Wolf", None)]


def test_reported_speech_before_the_verb_and_an_adverb() -> None:
    assert reported_said("Die Halle sei zu klein, sagte auch Klaus Wolf.", "de") == [
        ("Die Halle sei zu klein", "Klaus Wolf", None)
    ]
