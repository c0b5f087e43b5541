"""The archive picture written in words as a credit's label before a colon ("Foto de archivo: Marta Ruiz", "Foto
d'archivio: Paolo Bianchi", "Photo d'archives : Marie Dubois"), as the one word "Archivfoto: Lena Hartmann" is: the
credit of the named taker. Without a colon, alone or in a bracket, the words stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits


@pytest.mark.parametrize(
    ("caption", "credit", "name"),
    [
        ("Vendedores montan sus puestos el sábado.", "Foto de archivo: Marta Ruiz", "Marta Ruiz"),
        ("Vendedores montan sus puestos el sábado.", "Imagen de archivo: Marta Ruiz", "Marta Ruiz"),
        ("I venditori allestiscono i banchi sabato.", "Foto d'archivio: Paolo Bianchi", "Paolo Bianchi"),
        ("Des marchands installent leurs étals samedi.", "Photo d'archives : Marie Dubois", "Marie Dubois"),
        ("Händler bauen am Samstag ihre Stände auf.", "Archivfoto: Lena Hartmann", "Lena Hartmann"),
    ],
)
def test_archive_label_before_a_colon_is_a_credit(caption: str, credit: str, name: str) -> None:
    assert caption_and_credits(f"{caption} {credit}") == (caption, [(name, None, credit)])


@pytest.mark.parametrize(
    "written",
    [
        "Vendedores montan sus puestos el sábado. (Foto de archivo)",
        "Foto de archivo de la feria de 2019 en Sevilla.",
        "I venditori allestiscono i banchi sabato (foto d'archivio).",
    ],
)
def test_archive_words_without_a_colon_stay_caption_text(written: str) -> None:
    assert caption_and_credits(written) == (written, [])
