"""The office read before a name in the prose is the one written for that name, not one written for another
person earlier in the clause ("La maire … Anne Hidalgo a reçu le préfet Marc Dupont": Marc Dupont is the
préfet). Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "fr")
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


def test_a_description_stands_for_the_person_it_was_written_for() -> None:
    found = _speakers(
        "La maire Claire Petit a reçu le préfet Marc Durand lundi matin.",
        "« Nous avons fait notre travail jusqu'au bout », a déclaré la maire.",
    )
    assert found == [("Claire Petit", "maire")]


def test_the_office_of_the_second_person_is_the_one_after_the_first_name() -> None:
    found = _speakers(
        "La maire de Lille Claire Petit a reçu le préfet Marc Durand lundi matin.",
        "« La sécurité de tous passe avant tout », a souligné le préfet.",
    )
    assert found == [("Marc Durand", "préfet")]
