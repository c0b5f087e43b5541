"""Romance and Portuguese reported speech with a setting set off by commas between the verb and its conjunction
("disse, em entrevista à RTP, que …", "a déclaré, lundi soir, que …"): the report is the clause after the
conjunction, without the setting and without "que". Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(language: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes([Block(text=text)], language)]


def test_a_setting_between_the_verb_and_its_conjunction_is_not_reported() -> None:
    assert _quotes("pt", "O ministro João Costa disse, em entrevista à RTP, que o Governo não vai recuar.") == [
        ("o Governo não vai recuar", "João Costa")
    ]
    assert _quotes("fr", "Le maire Jean Dupuis a déclaré, lundi soir, que les travaux seraient finis en mai.") == [
        ("les travaux seraient finis en mai", "Jean Dupuis")
    ]
    assert _quotes("it", "Il sindaco Marco Rossi ha detto, durante la conferenza, che i lavori partiranno a marzo.") == [
        ("i lavori partiranno a marzo", "Marco Rossi")
    ]


def test_the_conjunction_after_an_inverted_subject_is_not_reported() -> None:
    assert _quotes("pt", "Disse o ministro, em entrevista à Antena 1, que o Governo não vai recuar.") == [
        ("o Governo não vai recuar", None)
    ]


def test_a_reported_clause_before_a_second_conjunction_is_no_setting() -> None:
    # the words after the first comma are what was said (a verb of their own), not a setting
    assert _quotes("de", "Anna Berg sagte, die Lage sei ernst, dass sie bleibe.") == [
        ("die Lage sei ernst, dass sie bleibe", "Anna Berg")
    ]
