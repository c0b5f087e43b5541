"""A place named alone after the verb, with the Portuguese article that may also mark who was told ("disse a
Lisboa."), is no body that speaks: the subject is left out and stands for the person named before. Place names as
the language writes them come from lexicon.places_latin (generated from CLDR). Made-up sentences only."""

from __future__ import annotations

from cqnews.lexicon.places_latin import PLACES_LATIN
from tests.quote_helpers import speakers


def test_a_place_after_its_article_is_no_speaker() -> None:
    # before: the speaker was "a Lisboa"
    assert speakers("O ministro João Silva chegou cedo. «Vamos fechar a estrada», disse a Lisboa.", "pt") == ["João Silva"]


def test_a_place_all_six_languages_write_alike_is_no_speaker() -> None:
    # (Bratislava is written once in the table, under all six languages)
    assert speakers("A ministra Ana Costa chegou cedo. «O acordo está fechado», disse a Bratislava.", "pt") == ["Ana Costa"]


def test_a_body_after_its_article_still_speaks() -> None:
    assert speakers("«O canal vai mudar a grelha já no outono», disse a Renascença.", "pt") == ["a Renascença"]


def test_places_as_each_language_writes_them() -> None:
    assert "lisboa" in PLACES_LATIN["pt"] and "lissabon" in PLACES_LATIN["de"] and "parigi" in PLACES_LATIN["it"]


def test_a_union_of_states_after_its_article_speaks() -> None:
    # CLDR lists the European Union and the United Nations among its territories: bodies, no place (before: None)
    assert speakers("«As regras vão mudar no próximo ano», disse a União Europeia.", "pt") == ["a União Europeia"]
    assert speakers("«O cessar-fogo tem de ser respeitado», disseram as Nações Unidas.", "pt") == ["as Nações Unidas"]
