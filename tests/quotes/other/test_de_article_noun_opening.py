"""German: a sentence opened by a masculine article and one noun before a verb of saying ("Der Angeklagte gestand,
…", "Der Bauer sagte, …") has that description for its subject; "der" is also a particle of names ("von der"), which
had left the noun alone, no subject. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_der_and_a_noun_opening_the_sentence() -> None:
    assert reported_said("Der Angeklagte gestand, er habe das Geld genommen.", "de") == [
        ("er habe das Geld genommen", None, "Der Angeklagte")
    ]
    assert reported_said("Der Bauer sagte, der Hagel habe die Ernte zerstört.", "de") == [
        ("der Hagel habe die Ernte zerstört", None, "Der Bauer")
    ]


def test_a_name_with_der_inside_stays_a_name() -> None:
    assert reported_said("Ursula von der Leyen sagte, die Lage sei ernst.", "de") == [
        ("die Lage sei ernst", "Ursula von der Leyen", None)
    ]
