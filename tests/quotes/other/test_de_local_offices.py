"""German local offices ("Kämmerer", "Kämmerin", "Ortsvorsteherin", "Torwart", "Kreisbrandmeister",
"Stadträtin") are office words: with a complement and the name set off by a comma ("der Kämmerer der
Stadt, Rolf Brandt") the name speaks and the office is the role. Made-up sentences; each expected value
is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("„Wir müssen sparen“, warnt der Kämmerer der Stadt, Rolf Brandt.", "Rolf Brandt", "der Kämmerer der Stadt"),
        (
            "„Wir müssen sparen“, warnt die Kämmerin der Gemeinde, Petra Holz.",
            "Petra Holz",
            "die Kämmerin der Gemeinde",
        ),
        (
            "„Das ist ein schlechter Tag“, sagte die Ortsvorsteherin von Lindenau, Maria Kunz.",
            "Maria Kunz",
            "die Ortsvorsteherin von Lindenau",
        ),
        (
            "„Das ist ein schlechter Tag“, sagte der Torwart des FC Lindenau, Lukas Meier.",
            "Lukas Meier",
            "der Torwart des FC Lindenau",
        ),
        (
            "„Das ist ein schlechter Tag“, sagte die Stadträtin der Grünen, Jana Weber.",
            "Jana Weber",
            "die Stadträtin der Grünen",
        ),
        (
            "„Die Lage war lange unklar“, sagte der Kreisbrandmeister des Landkreises, Uwe Stahl.",
            "Uwe Stahl",
            "der Kreisbrandmeister des Landkreises",
        ),
    ],
)
def test_name_set_off_after_local_office(sentence: str, name: str, role: str) -> None:
    assert said(sentence, "de") == [(name, role)]


def test_office_alone_stays_role() -> None:
    assert said("„Wir müssen sparen“, warnt der Kämmerer.", "de") == [(None, "der Kämmerer")]
