"""A screen-grab or archive note opening a credit chain ("Foto: Reprodução/Instagram", "Screenshot/YouTube",
"Captura de pantalla/X", "Foto: Archivo/El Diario") says how the picture was got, not who took it: the site, channel
or keeper after the bar is the credit, an organisation though its words read as a name ("Reprodução/Rede Globo" is no
person "Rede Globo"). A person's name opening with a known given name after the note stays a person. Made-up credits
in the shapes of Brazilian and Latin American portals (Session 60)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import parse_photo_credit
from tests.figure_helpers import caption_and_credits

_PT = "Torcedores se reúnem em frente ao estádio no domingo."


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Foto: Reprodução/Instagram", [(None, "Instagram")]),
        ("Foto: Reprodução/Rede Globo", [(None, "Rede Globo")]),
        ("Imagem: Reprodução / TV Vale Verde", [(None, "TV Vale Verde")]),
        ("Foto: Screenshot/YouTube", [(None, "YouTube")]),
        ("Foto: Captura de pantalla/Canal Sur Andino", [(None, "Canal Sur Andino")]),
        ("Foto: Archivo/El Diario del Lago", [(None, "El Diario del Lago")]),
        ("Foto: Reprodução/Maria Souza", [("Maria Souza", None)]),
        ("Foto: Skjermdump/NRK", [(None, "NRK")]),
        ("Bild: Skärmdump/SVT", [(None, "SVT")]),
        ("Foto: Skærmbillede/DR", [(None, "DR")]),
        ("Kuva: Kuvakaappaus/Yle", [(None, "Yle")]),
        ("Фото: скріншот/Суспільне", [(None, "Суспільне")]),
    ],
)
def test_note_before_the_bar_is_no_credit(credit: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(c.name, c.organization) for c in parse_photo_credit(credit)] == expected
    caption, credits = caption_and_credits(f"{_PT} {credit}")
    assert caption == _PT
    assert [(name, organization) for name, organization, _ in credits] == expected


def test_note_alone_and_chains_without_one_stay() -> None:
    assert [(c.name, c.organization) for c in parse_photo_credit("Foto: Divulgação/Prefeitura de Vale Verde")] == [
        (None, "Divulgação"),
        (None, "Prefeitura de Vale Verde"),
    ]
    assert [(c.name, c.organization) for c in parse_photo_credit("Foto: Maria Souza/Folha do Vale")] == [
        ("Maria Souza", "Folha do Vale")
    ]
