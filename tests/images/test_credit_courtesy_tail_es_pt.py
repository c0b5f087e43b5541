"""Spanish and Portuguese "courtesy (of)" closing a caption after its stop with no photo label ("… este martes.
Cortesía Ana Souza", "… nesta terça. Gentileza da Prefeitura de Vale Verde") is its credit, as "Courtesy Anna Roe" is:
left in the caption, the caption ended in its credit. The word in a sentence stays caption text. Made-up captions in
the shape of Latin American portals (Session 60)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits, figure_images

_ES = "Obreros reparan el puente de la avenida central este martes."
_PT = "Operários reparam a ponte da avenida central nesta terça-feira."


@pytest.mark.parametrize(
    ("caption", "credit", "name", "organization"),
    [
        (_ES, "Cortesía Ana Souza", "Ana Souza", None),
        (_ES, "Cortesía de Marta Gil", "Marta Gil", None),
        (_ES, "Cortesía de la Alcaldía de Villaverde", None, "Alcaldía de Villaverde"),
        (_PT, "Gentileza Prefeitura de Vale Verde", None, "Prefeitura de Vale Verde"),
        (_PT, "Gentileza da Prefeitura de Vale Verde", None, "Prefeitura de Vale Verde"),
    ],
)
def test_courtesy_after_the_stop_is_the_credit(
    caption: str, credit: str, name: str | None, organization: str | None
) -> None:
    assert caption_and_credits(f"{caption} {credit}") == (caption, [(name, organization, credit)])


@pytest.mark.parametrize(
    "written",
    [
        "La cortesía de los vecinos sorprendió. Cortesía es lo que falta aquí.",
        "El alcalde habló en la plaza. Cortesía Municipal fue el lema del día.",
    ],
)
def test_courtesy_in_a_sentence_stays_caption(written: str) -> None:
    assert caption_and_credits(written) == (written, [])


def test_figure_caption_loses_its_courtesy_credit() -> None:
    figure = (
        '<figure class="wp-block-image"><img src="https://www.example.de/img/puente-1200.jpg">'
        f"<figcaption>{_ES} Cortesía Ana Souza</figcaption></figure>"
    )
    assert figure_images(figure) == [(_ES, ["Cortesía Ana Souza"])]
