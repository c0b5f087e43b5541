"""A definite article before a person's name after a verb of saying ("«…», disse a Ana Costa.", "disse o João
Pereira, presidente da junta"): the article is no part of the name. A body's name after its article keeps it ("a
Caixa Geral de Depósitos"). Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(
    ("sentence", "language", "speaker"),
    [
        ("«Não vamos desistir desta obra», disse a Ana Costa.", "pt", "Ana Costa"),
        ("«A feira volta em maio», afirmou o João Pereira, presidente da junta.", "pt", "João Pereira"),
        ("«No vamos a cerrar la escuela», dijo la María Gómez.", "es", "María Gómez"),
        ("«O balcão fecha em março», disse a Caixa Geral de Depósitos.", "pt", "a Caixa Geral de Depósitos"),
    ],
)
def test_article_before_given_name(sentence: str, language: str, speaker: str) -> None:
    assert speakers(sentence, language) == [speaker]
