"""Portuguese: after a quote, "a" before a description is its article when a listener word that is no article ("à",
"ao", "aos", "às") follows the description ("«…», disse a ministra da Saúde à RTP."): the description speaks. Made-up
sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("«A ponte abre em junho», disse a presidente da câmara à Lusa.", "a presidente da câmara"),
        ("«Faltam médicos no verão», afirmou a diretora do hospital ao Público.", "a diretora do hospital"),
    ],
)
def test_description_before_listener_speaks(sentence: str, role: str) -> None:
    quotes = find_quotes([Block(text=sentence)], "pt")
    assert [q.speaker.role if q.speaker else None for q in quotes] == [role]
