"""A word that says how a picture was got (an archive, a screen grab, the social networks) is no part of a person's
name: "Foto: Arquivo Pessoal" is a personal archive, "Reprodução" a picture reproduced from a site or a broadcast.
Made-up captions of Portuguese, Spanish and Norwegian pages (Session 60)."""

from __future__ import annotations

import pytest

from cqnews.credit_text.names import looks_like_person
from tests.figure_helpers import caption_and_credits

_PT = "Moradores limpam a praça do bairro na manhã de domingo."


@pytest.mark.parametrize(
    ("written", "names"),
    [
        (f"{_PT} Foto: Arquivo Pessoal", []),
        (f"{_PT} Foto: Reprodução Redes Sociais", []),
        (f"{_PT} (Foto: Arquivo Pessoal/Marta Lima)", ["Marta Lima"]),
        (f"{_PT} Foto: Reprodução/Instagram", []),
    ],
)
def test_origin_word_names_no_person(written: str, names: list[str]) -> None:
    caption, credits = caption_and_credits(written)
    assert caption == _PT
    assert [name for name, _, _ in credits if name] == names


@pytest.mark.parametrize(
    "text", ["Arquivo Pessoal", "Reprodução Redes", "Redes Sociais", "Captura Pantalla", "Arkivfoto Berg"]
)
def test_origin_words_are_no_name(text: str) -> None:
    assert not looks_like_person(text)


@pytest.mark.parametrize("text", ["Marta Lima", "Anna Montage", "Hans Berg"])
def test_names_stay_names(text: str) -> None:
    assert looks_like_person(text)
