"""German: an article, an office word, its complement an article opens ("der SPD", "des Vereins", "der örtlichen
Feuerwehr") and a name of two or three words opening with a known given name and ending the phrase: the name
speaks, the office and its complement are its role ("sagte der Landesvorsitzende der SPD Hans Vogel": before, the
role held the name and nobody was named). Where no given name opens the words after the complement ("der Sprecher
der Polizei Hamburg"), the phrase stays a description. Every sentence is made up in the shape of regional pages in
no corpus; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "„Wir bleiben dabei“, sagte der Landesvorsitzende der SPD Hans Vogel.",
            ("Wir bleiben dabei", "Hans Vogel", "der Landesvorsitzende der SPD"),
            id="party",
        ),
        pytest.param(
            "„Das Ergebnis ist bitter“, sagte die Vorsitzende der Grünen Anna Berg.",
            ("Das Ergebnis ist bitter", "Anna Berg", "die Vorsitzende der Grünen"),
            id="feminine",
        ),
        pytest.param(
            "„Die Brücke bleibt gesperrt“, sagte der Bürgermeister der Gemeinde Hans Vogel.",
            ("Die Brücke bleibt gesperrt", "Hans Vogel", "der Bürgermeister der Gemeinde"),
            id="place-noun",
        ),
        pytest.param(
            "„Der Einsatz dauerte die ganze Nacht“, sagte der Chef der örtlichen Feuerwehr Peter Krause.",
            ("Der Einsatz dauerte die ganze Nacht", "Peter Krause", "der Chef der örtlichen Feuerwehr"),
            id="adjective-in-complement",
        ),
        pytest.param(
            "„Das Fest findet statt“, sagte der Vorsitzende des Vereins Klaus Becker.",
            ("Das Fest findet statt", "Klaus Becker", "der Vorsitzende des Vereins"),
            id="genitive-des",
        ),
        pytest.param(
            "„Wir haben verdient gewonnen“, sagte der Trainer des SV Neustadt Thomas Maier.",
            ("Wir haben verdient gewonnen", "Thomas Maier", "der Trainer des SV Neustadt"),
            id="club",
        ),
        pytest.param(
            "„Die Kasse ist leer“, sagte die Sprecherin der Stadtverwaltung Maria Luise Brandt.",
            ("Die Kasse ist leer", "Maria Luise Brandt", "die Sprecherin der Stadtverwaltung"),
            id="three-word-name",
        ),
        pytest.param(
            "Der Landesvorsitzende der SPD Hans Vogel sagte, man bleibe dabei.",
            ("man bleibe dabei", "Hans Vogel", "Der Landesvorsitzende der SPD"),
            id="before-the-verb",
        ),
    ],
)
def test_name_after_an_office_and_its_complement(sentence: str, expected: tuple[str, str, str]) -> None:
    assert text_said_in(sentence, language="de") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "„Wir bleiben dabei“, sagte der Sprecher der Polizei.",
            ("Wir bleiben dabei", None, "der Sprecher der Polizei"),
            id="no-name",
        ),
        pytest.param(
            "„Wir bleiben dabei“, sagte der Sprecher der Polizei Hamburg.",
            ("Wir bleiben dabei", None, "der Sprecher der Polizei Hamburg"),
            id="place-no-given-name",
        ),
        pytest.param(
            "„Wir bleiben dabei“, sagte der Sprecher der Polizei am Montag.",
            ("Wir bleiben dabei", None, "der Sprecher der Polizei"),
            id="time-after",
        ),
    ],
)
def test_an_office_and_complement_with_no_given_name_after_it_stays_a_description(
    sentence: str, expected: tuple[str, None, str]
) -> None:
    assert text_said_in(sentence, language="de") == [expected]


def test_a_comma_before_the_name_still_sets_it_off() -> None:
    found = text_said_in("„Wir bleiben dabei“, sagte der Landesvorsitzende der SPD, Hans Vogel.", language="de")
    assert found == [("Wir bleiben dabei", "Hans Vogel", "der Landesvorsitzende der SPD")]
