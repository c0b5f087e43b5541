"""A credit chain of a person whose first word is a known given name and, after the slash, a capitalised name whose
first word is no given name: the taker and the outlet, though the tables know neither the outlet's words ("Marie
Dubois / Ouest Régional", "Lena Hartmann/Märkische Zeitung"). Before, both read as people. A second part opening with
a given name is a second taker. Made-up credits."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import parse_photo_credit
from tests.figure_helpers import figure_images


@pytest.mark.parametrize(
    ("raw", "name", "outlet"),
    [
        ("Photo : Marie Dubois / Ouest Régional", "Marie Dubois", "Ouest Régional"),
        ("Foto: Lena Hartmann/Märkische Zeitung", "Lena Hartmann", "Märkische Zeitung"),
        ("Foto: Marta Jiménez / Diario del Valle", "Marta Jiménez", "Diario del Valle"),
        ("Jürgen Vogt/Harzer Bote", "Jürgen Vogt", "Harzer Bote"),
        ("(Foto: Paolo Bianchi/Eco di Valdarno)", "Paolo Bianchi", "Eco di Valdarno"),
    ],
)
def test_unknown_outlet_after_given_name(raw: str, name: str, outlet: str) -> None:
    credits = parse_photo_credit(raw)
    assert [(c.name, c.organization) for c in credits] == [(name, outlet)]


def test_second_taker_with_given_name_stays_a_person() -> None:
    credits = parse_photo_credit("Fotos: Lena Hartmann/Peter Brandt")
    assert [(c.name, c.organization) for c in credits] == [("Lena Hartmann", None), ("Peter Brandt", None)]


def test_credit_element_in_figure() -> None:
    figure = (
        '<figure><img src="https://www.example.de/img/markt-1200.jpg"><figcaption>Händler bauen am Samstag ihre '
        'Stände in der alten Markthalle auf. <span class="credit">Lena Hartmann / Märkische Zeitung</span>'
        "</figcaption></figure>"
    )
    assert figure_images(figure) == [
        (
            "Händler bauen am Samstag ihre Stände in der alten Markthalle auf.",
            ["Lena Hartmann / Märkische Zeitung"],
        )
    ]
