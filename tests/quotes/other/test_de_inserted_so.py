"""A sentence of reported speech (Konjunktiv I) with "so" and its source set off by commas inside it ("Die Halle,
so sagte der Landrat, sei zu klein.", "…, so Hans Müller weiter."): the source speaks. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_so_and_a_verb_and_a_description() -> None:
    assert said("Die neue Halle, so erklärte ein Sprecher der Stadt, sei viel zu klein.", "de") == [
        (None, "ein Sprecher der Stadt")
    ]


def test_so_and_a_title_and_name() -> None:
    assert said("Der Neubau werde, so Bürgermeisterin Petra Sommer, im Herbst beginnen.", "de") == [
        ("Petra Sommer", "Bürgermeisterin")
    ]


def test_so_a_name_and_weiter_at_the_end() -> None:
    assert said("Man habe alle Anwohner rechtzeitig gewarnt, so Uwe Kranz weiter.", "de") == [("Uwe Kranz", None)]


def test_so_without_a_subject_and_comma_names_nobody() -> None:
    assert said("Die Halle sei so groß wie nie zuvor geplant worden.", "de") == [(None, None)]
