"""Portuguese verbs of saying common in Brazilian papers ("contou", "ressaltou", "avaliou", "pontuou", "observou",
"argumentou", "negou", and their plurals) report like "disse": after a quote and before "que". "completou 50 anos"
with no quote or conjunction reports nothing. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ana Lima contou que o barulho é constante.", [("o barulho é constante", "Ana Lima", None)]),
        (
            "O secretário de Saúde, Rui Campos, avaliou que a vacinação avança bem.",
            [("a vacinação avança bem", "Rui Campos", "O secretário de Saúde")],
        ),
        ("“A cidade não pode parar”, pontuou o prefeito.", [("A cidade não pode parar", None, "o prefeito")]),
        ("Os moradores contaram que a água chegou ao telhado.", [("a água chegou ao telhado", None, "Os moradores")]),
        ("O governador observou que a chuva deve continuar.", [("a chuva deve continuar", None, "O governador")]),
        ("“Não houve demissões”, ressaltou Paulo Reis.", [("Não houve demissões", "Paulo Reis", None)]),
    ],
)
def test_brazilian_verbs_report(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert text_said_in(sentence, language="pt") == expected


def test_age_reached_is_no_report() -> None:
    assert text_said_in("Ela completou 50 anos na sexta-feira.", language="pt") == []
