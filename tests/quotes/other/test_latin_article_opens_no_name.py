"""A run of capitalised words opened by an article capitalised at a sentence start ("Le Républicain Lorrain",
"Die Stadtwerke Bochum", "La Procura di Milano") is a noun phrase, as after an article inside a sentence: its
noun names no person, so a pronoun after it ("a-t-il déclaré", "sagte er") does not stand for it. An office
word after the article keeps the name that follows it ("Die Polizistin Lena Graf"). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.quotes.latin_names import people_in
from cqnews.lexicon.quotes_latin import LATIN_TABLES as _TABLES
from cqnews.models import Block


def _speakers(language: str, *texts: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=t) for t in texts], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_a_french_newspaper_is_no_antecedent() -> None:
    # before: the speaker "Courrier Picard"
    text = "Le Courrier Picard a publié la lettre jeudi. « Je ne regrette rien », a-t-il déclaré."
    assert _speakers("fr", text) == [(None, None)]


def test_a_german_company_is_no_antecedent() -> None:
    # before: the speaker "Verkehrsbetriebe Kassel"
    text = "Die Verkehrsbetriebe Kassel erhöhen die Preise. „Wir hatten keine Wahl“, sagte er."
    assert _speakers("de", text) == [(None, None)]


def test_an_italian_body_is_no_antecedent() -> None:
    text = 'La Procura di Bari ha aperto un fascicolo. "Faremo chiarezza", ha detto.'
    assert _speakers("it", text) == [(None, None)]


def test_a_person_after_an_office_word_or_a_noun_still_is() -> None:
    # before: "L'élu Jean Moulin" was the name
    assert [p[3] for p in people_in(_TABLES["de"], "Die Polizistin Lena Graf kam zuerst.", [])] == [("Lena", "Graf")]
    assert [p[3] for p in people_in(_TABLES["fr"], "L'élu Jean Moulin a voté contre.", [])] == [("Jean", "Moulin")]
