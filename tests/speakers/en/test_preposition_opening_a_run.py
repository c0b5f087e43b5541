"""A preposition opening a sentence is no part of the particle surname after it (English).

Found by benchmarks/speaker_invariance.py (particle names swapped in): "Among von Hagen’s constituents" made
"Among von Hagen" a name (a lower-case particle joins the capitalised words around it), the latest full name
of "Hagen", so a "he said" after it went to "Among von Hagen". Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_among_before_a_particle_surname() -> None:
    assert speakers_in(
        "Otto von Hagen, a state senator, was barred from the floor on Monday.",
        "Among von Hagen’s constituents, anger had been building for weeks.",
        "“We will not be silenced,” he said.",
        language="en",
    ) == ["Otto von Hagen"]


def test_under_before_a_particle_surname() -> None:
    assert speakers_in(
        "Karel de Smet, the club’s treasurer, resigned in March.",
        "Under de Smet’s plan, the club would have kept its reserves.",
        "“Nobody listened,” he said.",
        language="en",
    ) == ["Karel de Smet"]



def test_outside_before_a_possessive_owner() -> None:
    # "Outside Acme" is no person: the welder named in the sentence is who "he" stands for
    assert speakers_in(
        "Outside Acme's plant on Main Street in the suburb of Rivertown, a welder named Anthony Ortega has nothing"
        " but praise for his job. “The pay is fair,” he said.",
        language="en",
    ) == ["Anthony Ortega"]


def test_like_before_a_surname() -> None:
    assert speakers_in(
        "Like Brennan, a farmer named Anthony Ortega has nothing but praise for the deal. “The price is fair,” he said.",
        language="en",
    ) == ["Anthony Ortega"]
