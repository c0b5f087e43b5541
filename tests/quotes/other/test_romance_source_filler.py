"""A source word, a relative filler and a verb of saying ("Secondo quanto riferisce il Giornale, …", "Según lo que
dijo el alcalde, …", "Segundo o que disse o ministro, …"), and a listener between that verb and its subject
("Según ha explicado a la radio el director, …"): the subject after the verb is the source. Made-up sentences only."""

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
        ("it", "Secondo quanto riferisce la Gazzetta di Parma, la squadra cambierà allenatore.",
         "la squadra cambierà allenatore", "la Gazzetta di Parma", "secondo quanto riferisce"),
        ("it", "Secondo quanto ha spiegato l'assessore Giulia Ferri, il mercato resterà in piazza.",
         "il mercato resterà in piazza", "Giulia Ferri", "secondo quanto ha spiegato"),
        ("es", "Según lo que dijo la consejera Elena Prieto, el hospital tendrá dos quirófanos más.",
         "el hospital tendrá dos quirófanos más", "Elena Prieto", "según lo que dijo"),
        ("pt", "Segundo o que disse a presidente Marta Lopes, a feira volta em setembro.",
         "a feira volta em setembro", "Marta Lopes", "segundo o que disse"),
        ("es", "Según ha explicado a la radio el portavoz de los bomberos, Iván Soto, el fuego está controlado.",
         "el fuego está controlado", "Iván Soto", "según ha explicado"),
    ],
)
def test_the_subject_after_the_filler_and_the_verb_is_the_source(
    language: str, paragraph: str, report: str, speaker: str, cue: str
) -> None:
    assert _reports(paragraph, language) == [(report, speaker, cue)]
