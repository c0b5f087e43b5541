"""Italian, like French and Spanish, reports a quote with any verb right after it: a present or passato remoto
("“…”, sostiene la ministra Anna Neri", "“…”, rispose Paolo Conti") or a compound past ("“…”, ha confermato Luca
Sala"), with its subject after it. Made-up sentences; speakers read off them."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("“Il lavoro nei territori c’è, basta cercarlo bene”, sostiene la ministra Anna Neri.", "Anna Neri"),
        ("“Non abbiamo ancora deciso nulla su questo tema”, rispose Paolo Conti.", "Paolo Conti"),
        ("“Abbiamo sbagliato i tempi della nostra campagna”, ha confermato Luca Sala.", "Luca Sala"),
    ],
)
def test_any_verb_right_after_an_italian_quote_reports_it(sentence: str, name: str) -> None:
    quotes = find_quotes([Block(text=sentence)], "it")
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]


def test_a_noun_after_an_italian_quote_reports_nothing() -> None:
    quotes = find_quotes([Block(text="“Il lavoro nei territori c’è, basta cercarlo bene”, la frase di Anna Neri.")], "it")
    assert [q.speaker for q in quotes] == [None]
