"""Particles inside a name after an inverted cue: a particle ending in "-er" ("der", "ter") is no role noun,
and a role written before the name does not cut it (English).

Found by benchmarks/speaker_invariance.py (Dutch and German particle names swapped in): after an inverted cue
a lower-case word ending in "-er" right before a capitalised word was read as a role noun ("pollster Charles
Franklin"), so "said Wietske van der Meer" gave the speaker "Meer" with the role "Wietske van der"; and the
role noun before a particle name was not found past the particles ("said chief inspector Wietske van der
Meer"); after an owned role and its comma ("said the bank’s chief economist, Joris de Boer") the name
stopped at the particle ("Joris"). Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_van_der_after_an_inverted_cue() -> None:
    assert said("“The vote broke our hearts,” said Wietske van der Meer.", "en") == [("Wietske van der Meer", None)]


def test_ter_after_an_inverted_cue() -> None:
    assert said("“We will rebuild the dyke,” said Joris ter Heide at the meeting.", "en") == [("Joris ter Heide", None)]


def test_a_role_noun_before_a_particle_name() -> None:
    assert said(
        "“We are looking into the sale of these pills,” said chief inspector Wietske van der Meer from the county police.",
        "en",
    )[0][0] == "Wietske van der Meer"


def test_a_role_noun_before_a_surname_with_its_particles() -> None:
    assert said("“The budget holds,” said the adviser van der Meer.", "en")[0][0] == "van der Meer"


def test_a_particle_name_after_an_owned_role_and_its_comma() -> None:
    assert said("“The figures end the debate,” said the bank’s chief economist, Joris de Boer.", "en") == [
        ("Joris de Boer", "the bank’s chief economist")
    ]


def test_a_two_particle_name_after_an_owned_role_and_its_comma() -> None:
    assert said("Rates will rise, said the bank’s chief economist, Wietske van der Meer.", "en")[0][0] == (
        "Wietske van der Meer"
    )
