"""French pronominal verbs of saying ("s'indigne", "se félicite", "s'est interrogée") after a quote: the table
makes their present and passé composé from the infinitive, the pronoun elided before a vowel. Made-up sentences
only."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.lexicon.quotes_latin import FRENCH
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "fr")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "text", "speaker", "cue"),
    [
        ("« Ce tarif est une honte », s'indigne Hélène Roux, cliente depuis vingt ans.",
         "Ce tarif est une honte", "Hélène Roux", "s'indigne"),
        ("« La saison a été excellente », se félicite le maire Jacques Petit.",
         "La saison a été excellente", "Jacques Petit", "se félicite"),
        ("« Qui paiera la facture ? », s’est interrogée la députée Anne Leroy.",
         "Qui paiera la facture ?", "Anne Leroy", "s’est interrogée"),
    ],
)
def test_a_pronominal_verb_after_a_quote_names_its_subject(
    sentence: str, text: str, speaker: str, cue: str
) -> None:
    assert _found(sentence) == [("direct", text, speaker, cue)]


def test_the_table_makes_each_form_from_the_infinitive() -> None:
    for form in ("s'indigne", "s’indigne", "se félicite", "s'est félicité", "s'est félicitée", "s'inquiète"):
        assert form in FRENCH.cues, form
