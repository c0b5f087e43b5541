"""French, Spanish, Italian, Portuguese: a description after a verb of saying that only points back, an epithet of an
elected official ("l'élu", "la edil", "il primo cittadino", "o autarca") or an age made a noun ("le quinquagénaire",
"el sexagenario"), stands for someone named before, of the sex its article or noun tells, as a pronoun does: the
person named last in its block, else the one the prose named last; nobody named, it stays the role. Made-up
paragraphs; each expected value is read from them."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said_in, speakers_in


@pytest.mark.parametrize(
    ("language", "paragraph", "name"),
    [
        (
            "fr",
            "Le conseiller départemental Luc Bernard s'inquiète. « Les effectifs baissent », souligne l'élu.",
            "Luc Bernard",
        ),
        (
            "fr",
            "L'éleveur Jacques Morin attend la pluie. « Sans eau, tout est perdu », lâche le quinquagénaire.",
            "Jacques Morin",
        ),
        (
            "es",
            "La concejala Ana Torres presentó ayer las cuentas. «No hay dinero para todo», explicó la edil.",
            "Ana Torres",
        ),
        (
            "es",
            "El diputado Martín López votó en contra. «Es un ajuste encubierto», sostuvo el legislador.",
            "Martín López",
        ),
        (
            "it",
            "Il sindaco Marco Rossi ha visitato il cantiere. «Finiremo entro l'estate», ha detto il primo cittadino.",
            "Marco Rossi",
        ),
        (
            "pt",
            "O autarca João Silva visitou as obras. «Tudo estará pronto em junho», garantiu o autarca.",
            "João Silva",
        ),
    ],
)
def test_epithet_names_the_person_of_its_block(language: str, paragraph: str, name: str) -> None:
    assert speakers_in(paragraph, language=language) == [name]


def test_epithet_reaches_the_person_of_the_paragraph_before() -> None:
    assert speakers_in(
        "La alcaldesa Rosa Vidal inauguró el mercado el sábado por la mañana.",
        "«Es un día histórico para el barrio», afirmó la edil.",
        language="es",
    ) == ["Rosa Vidal"]


def test_epithet_with_nobody_named_keeps_the_role() -> None:
    assert said_in("«El presupuesto se vota en marzo», precisó la edil.", language="es") == [(None, "la edil")]
