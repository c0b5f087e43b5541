"""Portuguese: after a quote, "a" before a description is its article when a listener word that is no article ("à",
"ao", "aos", "às") follows the description ("«…», disse a ministra da Saúde à RTP."): the description speaks. Made-up
sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import roles


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("«A ponte abre em junho», disse a presidente da câmara à Lusa.", "a presidente da câmara"),
        ("«Faltam médicos no verão», afirmou a diretora do hospital ao Público.", "a diretora do hospital"),
    ],
)
def test_description_before_listener_speaks(sentence: str, role: str) -> None:
    assert roles(sentence, "pt") == [role]
