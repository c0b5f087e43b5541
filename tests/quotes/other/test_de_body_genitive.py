"""A German body's noun with its genitive complement is the body's name, as the gold writes it ("die
Sportverwaltung des Bezirks" names "Sportverwaltung des Bezirks"; before: "Sportverwaltung", the genitive
dropped). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_body_after_cue_keeps_its_genitive() -> None:
    assert speakers("Das Freibad öffnet erst im Juli, sagte die Sportverwaltung des Bezirks.", "de") == [
        "Sportverwaltung des Bezirks"
    ]


def test_body_after_source_word_keeps_its_genitive() -> None:
    assert speakers("Laut dem Gesundheitsamt des Landkreises gibt es zwei neue Fälle.", "de") == [
        "Gesundheitsamt des Landkreises"
    ]


def test_genitive_with_a_name() -> None:
    assert speakers("Die Straße bleibt gesperrt, erklärte die Verwaltung der Gemeinde Tannau.", "de") == [
        "Verwaltung der Gemeinde Tannau"
    ]


def test_body_alone_unchanged() -> None:
    assert speakers("Die Lage sei ernst, sagte das Innenministerium.", "de") == ["Innenministerium"]


def test_department_of_a_unit_is_a_body() -> None:
    assert speakers("Die Halle bleibt bis Mai zu, sagte die Pressestelle der Polizei.", "de") == ["Pressestelle der Polizei"]
    assert speakers("Die Halle bleibt bis Mai zu, teilte die Leitung der Gemeinde Tannau mit.", "de") == [
        "Leitung der Gemeinde Tannau"
    ]


def test_office_or_kin_with_a_genitive_is_no_body() -> None:
    assert speakers("Die Halle bleibt bis Mai zu, sagte die Sprecherin des Landkreises.", "de") == [None]
    assert speakers("Die Halle bleibt bis Mai zu, sagte die Mutter des Opfers.", "de") == [None]


def test_body_with_genitive_opening_the_sentence() -> None:
    assert speakers("Das Umweltamt des Landkreises sagte, der Badesee sei wieder sauber.", "de") == [
        "Umweltamt des Landkreises"
    ]
