"""Particles of Spanish, German and Irish surnames ("de los", "de las", "zu", "Ó", "Ní") inside a speaker's name
(English).

Found by benchmarks/speaker_invariance.py (German particle names swapped in): "zu" and "los"/"las" were no
particles, so the surname after them was read as the whole name ("Rios" for "Agnes Moreno de los Rios"),
and "Zu Hohenfels" opening a sentence did not stand for "Otto zu Hohenfels"; "Ó Dónaill" opening a sentence was
a full name of its own, which the next he/she went to, not "Ruairí Ó Dónaill". Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_de_los_inside_a_double_surname() -> None:
    assert speakers_in(
        "Agnes Moreno de los Rios chairs the parish council.",
        "“The bus comes twice a day,” Moreno de los Rios said.",
        language="en",
    ) == ["Agnes Moreno de los Rios"]


def test_de_las_after_an_inverted_cue() -> None:
    assert speakers_in(
        "Marta de las Heras, a midwife, said the ward was short of staff.",
        "“We cope,” said de las Heras.",
        language="en",
    ) == ["Marta de las Heras", "Marta de las Heras"]


def test_zu_inside_a_german_name() -> None:
    assert speakers_in(
        "Otto zu Hohenfels, the estate’s owner, said the forest would be thinned.",
        "“It has been neglected for decades,” zu Hohenfels said.",
        language="en",
    ) == ["Otto zu Hohenfels", "Otto zu Hohenfels"]


def test_zu_capitalised_opening_a_sentence_stands_for_the_full_name() -> None:
    assert speakers_in(
        "Otto zu Hohenfels owns the estate.",
        "Zu Hohenfels said the forest would be thinned.",
        language="en",
    ) == ["Otto zu Hohenfels"]


def test_an_irish_o_surname_opening_a_sentence_stands_for_the_full_name() -> None:
    assert speakers_in(
        "Ruairí Ó Dónaill, a teacher in Galway, spoke on Monday.",
        "Ó Dónaill believes the school will close.",
        "“I think this is the end,” he said.",
        language="en",
    ) == ["Ruairí Ó Dónaill"]


def test_an_irish_ni_surname_opening_a_sentence_stands_for_the_full_name() -> None:
    assert speakers_in(
        "Máire Ní Chonaill, a teacher in Galway, spoke on Monday.",
        "Ní Chonaill believes the school will close.",
        "“I think this is the end,” she said.",
        language="en",
    ) == ["Máire Ní Chonaill"]
