"""German speakers: a noun of an agent or a trade ("Kämmerer", "Kuratorin", "Florist") before a given name the
tables do not know and a surname is the person's description, no part of the name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said, said


def test_an_agent_noun_before_an_unknown_given_name() -> None:
    assert said("„Wir müssen sparen“, sagte Kämmerer Udo Brandt.", "de") == [("Udo Brandt", "Kämmerer")]
    assert said("„Das Holz ist knapp“, sagt Schreinermeister Udo Kranz.", "de") == [("Udo Kranz", "Schreinermeister")]
    assert reported_said("Kuratorin Ulla Brandt sagte, die Ausstellung sei neu.", "de") == [
        ("die Ausstellung sei neu", "Ulla Brandt", "Kuratorin")
    ]


def test_a_known_given_name_or_an_adjective_opens_no_description() -> None:
    assert said("„Das ist gut“, sagte Peter Udo Brandt.", "de") == [("Peter Udo Brandt", None)]
    assert said("„Das ist gut“, sagte Bayerischer Udo Brandt.", "de")[0][1] is None
