"""A reporting verb right after a source word ("según explicó el alcalde", "según ha informado la Guardia Civil"),
or after a source word and a relative filler ("Secondo quanto riferisce il Giornale, …", "Según lo que dijo el
alcalde, …", "Segundo o que disse o ministro, …"), with or without a listener between that verb and its subject
("Según ha explicado a la radio el director, …"): the subject after the verb is the source, the rest of the
sentence what it said. Before, the capitalised source word opening the sentence was read as the speaker
("Según"). Made-up sentences only."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _reports(paragraph: str, language: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=paragraph)], language)
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes]


@pytest.mark.parametrize(
    ("language", "paragraph", "report", "speaker", "cue"),
    [
        ("es", "Según explicó el director, Pablo Gil, la presa resistirá la crecida.",
         "la presa resistirá la crecida", "Pablo Gil", "según explicó"),
        ("es", "La presa resistirá la crecida, según explicó el director Pablo Gil.",
         "La presa resistirá la crecida", "Pablo Gil", "según explicó"),
        ("es", "Según ha informado Protección Civil, la carretera seguirá cortada hasta el lunes.",
         "la carretera seguirá cortada hasta el lunes", "Protección Civil", "según ha informado"),
        # a relative filler between the source word and the verb
        ("it", "Secondo quanto riferisce la Gazzetta di Parma, la squadra cambierà allenatore.",
         "la squadra cambierà allenatore", "la Gazzetta di Parma", "secondo quanto riferisce"),
        ("it", "Secondo quanto ha spiegato l'assessore Giulia Ferri, il mercato resterà in piazza.",
         "il mercato resterà in piazza", "Giulia Ferri", "secondo quanto ha spiegato"),
        ("es", "Según lo que dijo la consejera Elena Prieto, el hospital tendrá dos quirófanos más.",
         "el hospital tendrá dos quirófanos más", "Elena Prieto", "según lo que dijo"),
        ("pt", "Segundo o que disse a presidente Marta Lopes, a feira volta em setembro.",
         "a feira volta em setembro", "Marta Lopes", "segundo o que disse"),
        # a listener between the verb and its subject
        ("es", "Según ha explicado a la radio el portavoz de los bomberos, Iván Soto, el fuego está controlado.",
         "el fuego está controlado", "Iván Soto", "según ha explicado"),
    ],
)
def test_the_subject_after_the_verb_is_the_source(
    language: str, paragraph: str, report: str, speaker: str, cue: str
) -> None:
    assert _reports(paragraph, language) == [(report, speaker, cue)]


def test_a_source_word_is_never_the_speaker() -> None:
    # (the report is found, so the speaker is looked at: an empty list would pass a test of "never Según")
    assert _reports("Según ha dicho Ana Ruiz, el plan sigue.", "es") == [("el plan sigue", "Ana Ruiz", "según ha dicho")]
