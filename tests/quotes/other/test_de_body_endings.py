"""German bodies named by one noun with its article ("nach Angaben der Polizei", "sagte die Staatsanwaltschaft"):
the body is the speaker, without its article, as the gold writes it. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Nach Angaben der Polizei wurde bei dem Unfall niemand verletzt.", "Polizei"),
        ("„Wir ermitteln in alle Richtungen“, sagte die Staatsanwaltschaft.", "Staatsanwaltschaft"),
        ("„Der Brand ist unter Kontrolle“, teilte die Feuerwehr am Abend mit.", "Feuerwehr"),
        ("Laut der Stadtverwaltung bleibt die Brücke bis Mai gesperrt.", "Stadtverwaltung"),
        ("Die Straße bleibt laut der Polizei bis Freitag für den Verkehr gesperrt.", "Polizei"),
        ("„Wir fordern mehr Lohn für alle“, sagte die Gewerkschaft.", "Gewerkschaft"),
    ],
)
def test_a_body_named_by_its_noun_speaks(paragraph: str, body: str) -> None:
    assert speakers(paragraph, language="de") == [body]
