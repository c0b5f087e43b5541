"""Portuguese participles of saying and their agent as a report's source ("Conforme informado pela polícia, …",
"Segundo o que foi informado pela prefeitura, …", "Como dito pelo prefeito, …"): the participle is that of a simple
past of the table ("informado" of "informou"; "dito" of "disse"), the passive's "foi" stepped over; the agent after
"pela"/"pelo" speaks. Before: no report, or the whole "o que foi informado pela prefeitura" as its speaker. Made-up
sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Conforme informado pela polícia, o suspeito fugiu a pé.", [("o suspeito fugiu a pé", None, "polícia")]),
        (
            "Segundo o que foi informado pela prefeitura, as aulas voltam na segunda.",
            [("as aulas voltam na segunda", None, "prefeitura")],
        ),
        ("Como dito pelo prefeito, as obras terminam em maio.", [("as obras terminam em maio", None, "prefeito")]),
    ],
)
def test_portuguese_passive_agent_speaks(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert text_said_in(sentence, language="pt") == expected
