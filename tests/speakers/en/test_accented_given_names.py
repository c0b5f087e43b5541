"""A given name written with accents is the given name the tables spell without them (English).

Found by benchmarks/speaker_invariance.py: "José Luis Ortega" was read as "Luis Ortega", since the tables
know "Jose" and "Luis" but not "José", and a known given name after an unknown capitalised word opens the name
("Brave Marina Lacerda"); "Zoë" told no gender though "Zoe" does. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_an_accented_first_given_name_stays_in_the_full_name() -> None:
    assert speakers_in(
        "José Luis Ortega, who coaches the junior team, watched from the stand.",
        "“They played without fear,” Ortega said.",
        language="en",
    ) == ["José Luis Ortega"]


def test_an_accented_given_name_tells_the_gender_a_pronoun_needs() -> None:
    assert speakers_in(
        "Tom Ellery and Zoë Marchbank opened the bakery together in March.",
        "“We bake from four in the morning,” she said.",
        language="en",
    ) == ["Zoë Marchbank"]
