"""French: an office whose complement is the office it serves, a preposition and an office word in
lower case, then the name ("l'adjointe au maire Nathalie Roux"): the name speaks, the office
and its complement are the role. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_name_after_office_serving_the_mayor() -> None:
    assert said("« La mairie n'a pas été prévenue », assure l'adjointe au maire Nathalie Roux.", "fr") == [
        ("Nathalie Roux", "l'adjointe au maire")
    ]


def test_listener_after_office_is_no_complement() -> None:
    assert said("« Rien n'est décidé », a dit le maire au quotidien local.", "fr") == [(None, "le maire")]
