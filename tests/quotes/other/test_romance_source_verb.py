"""A reporting verb right after a source word ("según explicó el alcalde", "según ha informado la Guardia Civil"):
the subject after the verb is the source, the rest of the sentence what it said. Before, the capitalised source
word opening the sentence was read as the speaker ("Según"). Made-up sentences only."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _reports(paragraph: str, language: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=paragraph)], language)
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes]


@pytest.mark.parametrize(
    ("paragraph", "language", "report", "speaker", "cue"),
    [
        ("Según explicó el director, Pablo Gil, la presa resistirá la crecida.", "es",
         "la presa resistirá la crecida", "Pablo Gil", "según explicó"),
        ("La presa resistirá la crecida, según explicó el director Pablo Gil.", "es",
         "La presa resistirá la crecida", "Pablo Gil", "según explicó"),
        ("Según ha informado Protección Civil, la carretera seguirá cortada hasta el lunes.", "es",
         "la carretera seguirá cortada hasta el lunes", "Protección Civil", "según ha informado"),
    ],
)
def test_the_subject_after_the_verb_is_the_source(
    paragraph: str, language: str, report: str, speaker: str, cue: str
) -> None:
    assert _reports(paragraph, language) == [(report, speaker, cue)]


def test_a_source_word_is_never_the_speaker() -> None:
    # (the report is found, so the speaker is looked at: an empty list would pass a test of "never Según")
    assert _reports("Según ha dicho Ana Ruiz, el plan sigue.", "es") == [("el plan sigue", "Ana Ruiz", "según ha dicho")]
