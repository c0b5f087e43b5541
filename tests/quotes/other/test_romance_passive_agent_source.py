"""A participle of saying and its agent as a report's source, after "come"/"como" or "secondo quanto" ("Come
riferito dai carabinieri, l'uomo …", "Secondo quanto riferito dalla polizia, …"): the agent speaks; after a
contracted agent word ("dai", "dalla") the article is in the contraction and the bare noun is the source. Made-up
sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "it",
            "Come riferito dai carabinieri, l'uomo è stato arrestato nella notte.",
            [("l'uomo è stato arrestato nella notte", None, "carabinieri")],
        ),
        (
            "it",
            "Secondo quanto riferito dalla polizia locale, il conducente era ubriaco.",
            [("il conducente era ubriaco", None, "polizia locale")],
        ),
        (
            "it",
            "Come spiegato dal sindaco, i lavori partiranno a giugno.",
            [("i lavori partiranno a giugno", None, "sindaco")],
        ),
        (
            "es",
            "Como explicado por el alcalde, las obras terminan en mayo.",
            [("las obras terminan en mayo", None, "el alcalde")],
        ),
    ],
)
def test_passive_agent_speaks(language: str, sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert text_said_in(sentence, language=language) == expected


def test_participle_without_agent_reports_nothing() -> None:
    assert text_said_in("Come previsto, i lavori partiranno a giugno.", language="it") == []
