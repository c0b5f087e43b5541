"""More German weak verbs of saying ("beteuerte", "entgegnete", "monierte"), made from their infinitives in the
present and the past: a quote before or a report after them is their subject's. Made-up sentences only."""

from __future__ import annotations

import pytest

from cqnews.lexicon.quotes_latin import GERMAN
from tests.quote_helpers import quotes_in


@pytest.mark.parametrize(
    ("sentence", "kind", "text", "speaker"),
    [
        ("„Ich habe von den Zahlungen nichts gewusst“, beteuerte Markus Weber vor Gericht.", "direct",
         "Ich habe von den Zahlungen nichts gewusst", "Markus Weber"),
        ("„Das stimmt so nicht“, entgegnete Sabine Krüger am Abend.", "direct", "Das stimmt so nicht",
         "Sabine Krüger"),
        ("Ulrike Hahn monierte, die Stadt habe die Anwohner zu spät informiert.", "indirect",
         "die Stadt habe die Anwohner zu spät informiert", "Ulrike Hahn"),
    ],
)
def test_a_weak_verb_of_saying_names_its_subject(sentence: str, kind: str, text: str, speaker: str) -> None:
    assert quotes_in("de", sentence) == [(kind, text, speaker)]


def test_the_forms_come_from_the_infinitive() -> None:
    # a plain stem, a stem in consonant + n that takes an e, a verb in -ieren
    for form in ("beteuert", "beteuerte", "beteuerten", "entgegnet", "entgegnete", "monierte", "präzisierten"):
        assert form in GERMAN.cues, form
