"""A German body's noun with its genitive complement is the body's name, as the gold writes it ("die
Sportverwaltung des Bezirks" names "Sportverwaltung des Bezirks"; before: "Sportverwaltung", the genitive
dropped). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=text)], "de")]


def test_body_after_cue_keeps_its_genitive() -> None:
    assert _speakers("Das Freibad öffnet erst im Juli, sagte die Sportverwaltung des Bezirks.") == [
        "Sportverwaltung des Bezirks"
    ]


def test_body_after_source_word_keeps_its_genitive() -> None:
    assert _speakers("Laut dem Gesundheitsamt des Landkreises gibt es zwei neue Fälle.") == [
        "Gesundheitsamt des Landkreises"
    ]


def test_genitive_with_a_name() -> None:
    assert _speakers("Die Straße bleibt gesperrt, erklärte die Verwaltung der Gemeinde Tannau.") == [
        "Verwaltung der Gemeinde Tannau"
    ]


def test_body_alone_unchanged() -> None:
    assert _speakers("Die Lage sei ernst, sagte das Innenministerium.") == ["Innenministerium"]


def test_department_of_a_unit_is_a_body() -> None:
    assert _speakers("Die Halle bleibt bis Mai zu, sagte die Pressestelle der Polizei.") == ["Pressestelle der Polizei"]
    assert _speakers("Die Halle bleibt bis Mai zu, teilte die Leitung der Gemeinde Tannau mit.") == [
        "Leitung der Gemeinde Tannau"
    ]


def test_office_or_kin_with_a_genitive_is_no_body() -> None:
    assert _speakers("Die Halle bleibt bis Mai zu, sagte die Sprecherin des Landkreises.") == [None]
    assert _speakers("Die Halle bleibt bis Mai zu, sagte die Mutter des Opfers.") == [None]


def test_body_with_genitive_opening_the_sentence() -> None:
    assert _speakers("Das Umweltamt des Landkreises sagte, der Badesee sei wieder sauber.") == [
        "Umweltamt des Landkreises"
    ]
